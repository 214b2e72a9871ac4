// Generated from specs/wan.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/wan/animate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an animate task. */
        post: operations["createAnimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/animate/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an animate task. */
        get: operations["getAnimate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/edit_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an edit-video task. */
        post: operations["createEditVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/edit_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an edit-video task. */
        get: operations["getEditVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/image_to_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an image-to-video task. */
        post: operations["createImageToVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/image_to_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an image-to-video task. */
        get: operations["getImageToVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/speech_to_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a speech-to-video task. */
        post: operations["createSpeechToVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/speech_to_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a speech-to-video task. */
        get: operations["getSpeechToVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/text_to_image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a text-to-image task. */
        post: operations["createTextToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/text_to_image/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a text-to-image task. */
        get: operations["getTextToImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/text_to_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a text-to-video task. */
        post: operations["createTextToVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wan/text_to_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a text-to-video task. */
        get: operations["getTextToVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** wan-2.2-animate-move · animate */
        Wan22AnimateMove: {
            /**
             * The model to run: wan-2.2-animate-move · animate.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/animate`). Price: per second of output: 6¢ (output_resolution 480p) · 9.5¢ (output_resolution 580p) · 12.5¢ (output_resolution 720p).
             */
            model: "wan-2.2-animate-move";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_video_url: string;
            /** One of: `480p`, `580p`, `720p`. */
            output_resolution?: "480p" | "580p" | "720p";
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.2-animate-replace · animate */
        Wan22AnimateReplace: {
            /**
             * The model to run: wan-2.2-animate-replace · animate.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/animate`). Price: per second of output: 6¢ (output_resolution 480p) · 9.5¢ (output_resolution 580p) · 12.5¢ (output_resolution 720p).
             */
            model: "wan-2.2-animate-replace";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_video_url: string;
            /** One of: `480p`, `580p`, `720p`. */
            output_resolution?: "480p" | "580p" | "720p";
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.6-edit-video · edit video */
        Wan26EditVideo: {
            /**
             * The model to run: wan-2.6-edit-video · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/edit_video`). Price: 14¢ (output_resolution 720p) · 21¢ (output_resolution 1080p).
             */
            model: "wan-2.6-edit-video";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_video_urls: string[];
            prompt: string;
            negative_prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_image_url?: string;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            /** A whole number. */
            duration_seconds?: number;
            audio_setting?: string;
            enable_prompt_expansion?: boolean;
            watermark?: boolean;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            audio?: boolean;
            /** Controls whether the generated video uses multiple shots with transitions instead of one continuous shot. */
            multi_shots?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.6-flash-edit-video · edit video */
        Wan26FlashEditVideo: {
            /**
             * The model to run: wan-2.6-flash-edit-video · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/edit_video`). Price: 30¢ (audio false) · 60¢ (audio true).
             */
            model: "wan-2.6-flash-edit-video";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_video_urls: string[];
            prompt: string;
            negative_prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_image_url?: string;
            output_resolution?: string;
            aspect_ratio?: string;
            /** A whole number. */
            duration_seconds?: number;
            audio_setting?: string;
            enable_prompt_expansion?: boolean;
            watermark?: boolean;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            audio?: boolean;
            multi_shots?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.7-edit-video · edit video */
        Wan27EditVideo: {
            /**
             * The model to run: wan-2.7-edit-video · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/edit_video`). Price: 16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p).
             */
            model: "wan-2.7-edit-video";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_video_urls?: string[];
            prompt?: string;
            negative_prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_image_url?: string;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`. */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /** A whole number. */
            duration_seconds?: number;
            audio_setting?: string;
            enable_prompt_expansion?: boolean;
            watermark?: boolean;
            /** A whole number. */
            seed?: number;
            /** Enable the safety checker. */
            enable_safety_checker?: boolean;
            audio?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.2-a14b-image-to-video-turbo · image to video */
        Wan22A14bImageToVideoTurbo: {
            /**
             * The model to run: wan-2.2-a14b-image-to-video-turbo · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/image_to_video`). Price: 40¢ (output_resolution 480p) · 80¢ (output_resolution 720p).
             */
            model: "wan-2.2-a14b-image-to-video-turbo";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url?: string;
            /** A whole number. */
            duration_seconds?: number;
            /** One of: `480p`, `720p`. */
            output_resolution?: "480p" | "720p";
            aspect_ratio?: string;
            negative_prompt?: string;
            enable_prompt_expansion?: boolean;
            /** A whole number. */
            seed?: number;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            audio?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            driving_audio_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            ratio?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.5-image-to-video · image to video */
        Wan25ImageToVideo: {
            /**
             * The model to run: wan-2.5-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/image_to_video`). Price: 12¢ (output_resolution 720p) · 20¢ (output_resolution 1080p).
             */
            model: "wan-2.5-image-to-video";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url?: string;
            /** A whole number. */
            duration_seconds: number;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            negative_prompt?: string;
            enable_prompt_expansion?: boolean;
            /** A whole number. */
            seed?: number;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            audio?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            driving_audio_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            ratio?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.6-flash-image-to-video · image to video */
        Wan26FlashImageToVideo: {
            /**
             * The model to run: wan-2.6-flash-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/image_to_video`). Price: 30¢ (audio false) · 60¢ (audio true).
             */
            model: "wan-2.6-flash-image-to-video";
            prompt: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url?: string;
            /**
             * One of: `5`, `10`, `15`.
             * @default 5
             */
            duration_seconds?: 5 | 10 | 15;
            /**
             * One of: `720p`, `1080p`.
             * @default 1080p
             */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            negative_prompt?: string;
            enable_prompt_expansion?: boolean;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            audio: boolean;
            multi_shots?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            driving_audio_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            ratio?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.6-image-to-video · image to video */
        Wan26ImageToVideo: {
            /**
             * The model to run: wan-2.6-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/image_to_video`). Price: 14¢ (output_resolution 720p) · 21¢ (output_resolution 1080p).
             */
            model: "wan-2.6-image-to-video";
            prompt: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url?: string;
            /** A whole number. */
            duration_seconds?: number;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            negative_prompt?: string;
            enable_prompt_expansion?: boolean;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            audio?: boolean;
            /** Controls whether the generated video uses multiple shots with transitions instead of one continuous shot. */
            multi_shots?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            driving_audio_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            ratio?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.7-image-to-video · image to video */
        Wan27ImageToVideo: {
            /**
             * The model to run: wan-2.7-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/image_to_video`). Price: 16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p).
             */
            model: "wan-2.7-image-to-video";
            prompt: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url?: string;
            /** A whole number. */
            duration_seconds?: number;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            negative_prompt?: string;
            enable_prompt_expansion?: boolean;
            /** A whole number. */
            seed?: number;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            audio?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            driving_audio_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            ratio?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.2-a14b-speech-to-video-turbo · speech to video */
        Wan22A14bSpeechToVideoTurbo: {
            /**
             * The model to run: wan-2.2-a14b-speech-to-video-turbo · speech to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/speech_to_video`). Price: per second of output: 12¢ (output_resolution 480p) · 18¢ (output_resolution 580p) · 24¢ (output_resolution 720p).
             */
            model: "wan-2.2-a14b-speech-to-video-turbo";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_audio_url: string;
            prompt: string;
            /** A whole number. */
            num_frames?: number;
            /** A whole number. */
            frames_per_second?: number;
            /** One of: `480p`, `580p`, `720p`. */
            output_resolution?: "480p" | "580p" | "720p";
            negative_prompt?: string;
            /** A whole number. */
            seed?: number;
            /** A whole number. */
            num_inference_steps?: number;
            guidance_scale?: number;
            shift?: number;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.7-image · text to image */
        Wan27ImageTextToImage: {
            /**
             * The model to run: wan-2.7-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/text_to_image`). Price: 5¢.
             */
            model: "wan-2.7-image";
            prompt?: string;
            /** One of: `1:1`, `16:9`, `4:3`, `21:9`, `3:4`, `9:16`, `8:1`, `1:8`. */
            aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
            /** One of: `1k`, `2k`, `4k`. */
            output_resolution?: "1k" | "2k" | "4k";
            /** A whole number. */
            output_count?: number;
            enable_sequential?: boolean;
            thinking_mode?: boolean;
            watermark?: boolean;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls?: string[];
            color_palette?: unknown[];
            bbox_list?: unknown[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.7-image-pro · text to image */
        Wan27ImageProTextToImage: {
            /**
             * The model to run: wan-2.7-image-pro · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/text_to_image`). Price: 12¢.
             */
            model: "wan-2.7-image-pro";
            prompt?: string;
            /** One of: `1:1`, `16:9`, `4:3`, `21:9`, `3:4`, `9:16`, `8:1`, `1:8`. */
            aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
            /** One of: `1k`, `2k`, `4k`. */
            output_resolution?: "1k" | "2k" | "4k";
            /** A whole number. */
            output_count?: number;
            enable_sequential?: boolean;
            thinking_mode?: boolean;
            watermark?: boolean;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls?: string[];
            color_palette?: unknown[];
            bbox_list?: unknown[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.2-a14b-text-to-video-turbo · text to video */
        Wan22A14bTextToVideoTurbo: {
            /**
             * The model to run: wan-2.2-a14b-text-to-video-turbo · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/text_to_video`). Price: 40¢ (output_resolution 480p) · 60¢ (output_resolution 580p) · 80¢ (output_resolution 720p).
             */
            model: "wan-2.2-a14b-text-to-video-turbo";
            prompt?: string;
            /** A whole number. */
            duration_seconds?: number;
            /** One of: `480p`, `580p`, `720p`. */
            output_resolution?: "480p" | "580p" | "720p";
            aspect_ratio?: string;
            ratio?: string;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_audio_url?: string;
            enable_prompt_expansion?: boolean;
            /** A whole number. */
            seed?: number;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.5-text-to-video · text to video */
        Wan25TextToVideo: {
            /**
             * The model to run: wan-2.5-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/text_to_video`). Price: 12¢ (output_resolution 720p) · 20¢ (output_resolution 1080p).
             */
            model: "wan-2.5-text-to-video";
            prompt?: string;
            /** A whole number. */
            duration_seconds?: number;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            ratio?: string;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_audio_url?: string;
            enable_prompt_expansion?: boolean;
            /** A whole number. */
            seed?: number;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.6-text-to-video · text to video */
        Wan26TextToVideo: {
            /**
             * The model to run: wan-2.6-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/text_to_video`). Price: 14¢ (output_resolution 720p) · 21¢ (output_resolution 1080p).
             */
            model: "wan-2.6-text-to-video";
            prompt?: string;
            /** A whole number. */
            duration_seconds?: number;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            ratio?: string;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_audio_url?: string;
            enable_prompt_expansion?: boolean;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            /** Controls whether the generated video uses multiple shots with transitions instead of one continuous shot. */
            multi_shots?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.7-r2v · text to video */
        Wan27R2vTextToVideo: {
            /**
             * The model to run: wan-2.7-r2v · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/text_to_video`). Price: 16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p).
             */
            model: "wan-2.7-r2v";
            prompt?: string;
            /**
             * A whole number from 2 to 10.
             * @default 5
             */
            duration_seconds?: number;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`. */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            ratio?: string;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_audio_url?: string;
            enable_prompt_expansion?: boolean;
            /** A whole number. */
            seed?: number;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** wan-2.7-text-to-video · text to video */
        Wan27TextToVideo: {
            /**
             * The model to run: wan-2.7-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/wan/text_to_video`). Price: 16¢ (output_resolution 720p) · 24¢ (output_resolution 1080p).
             */
            model: "wan-2.7-text-to-video";
            prompt?: string;
            /** A whole number. */
            duration_seconds?: number;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            aspect_ratio?: string;
            ratio?: string;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            reference_audio_url?: string;
            enable_prompt_expansion?: boolean;
            /** A whole number. */
            seed?: number;
            acceleration?: string;
            enable_safety_checker?: boolean;
            watermark?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            background_audio_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /**
         * @description Where a task is in its lifecycle. An unknown value is surfaced as an error, never waited on.
         * @enum {string}
         */
        TaskStatus: "pending" | "processing" | "completed" | "failed";
        /** @description What the call reserved, charged and refunded. Failed generations are not charged. */
        Billing: {
            /** The amount held when the task was created. */
            reservation?: {
                amount_cents?: number;
            } | null;
            /** The amount charged when the task completed. */
            settlement?: {
                charged_amount_cents?: number;
            } | null;
            /** When the reservation was refunded (failed tasks). */
            refund?: {
                refunded_at?: string;
            } | null;
        };
        /** @description The answer to a create request. */
        TaskCreated: {
            /** The task id; keep it to resume waiting. */
            id: string;
            /**
             * Where a task is in its lifecycle. An unknown value is surfaced as an error, never waited on.
             *
             * One of: `pending`, `processing`, `completed`, `failed`.
             */
            status: components["schemas"]["TaskStatus"];
            /** True when an earlier request with the same Idempotency-Key created this task. */
            task_replayed?: boolean;
            /** What the call reserved, charged and refunded. Failed generations are not charged. */
            billing?: components["schemas"]["Billing"];
        };
        /** @description Every error answer. */
        Error: {
            error: {
                /** A stable machine code, e.g. rate_limited, request_conflict. */
                code: string;
                /** A sentence for people; validation messages name the field. */
                message: string;
            };
        };
        /** @description Why a task failed. */
        TaskError: string | {
            code?: string;
            message?: string;
        };
        /** @description A task as read back with GET. */
        Task: {
            id: string;
            /**
             * Where a task is in its lifecycle. An unknown value is surfaced as an error, never waited on.
             *
             * One of: `pending`, `processing`, `completed`, `failed`.
             */
            status: components["schemas"]["TaskStatus"];
            /** Why a task failed. */
            error?: components["schemas"]["TaskError"];
            /** What the call reserved, charged and refunded. Failed generations are not charged. */
            billing?: components["schemas"]["Billing"];
            created_at?: string;
            completed_at?: string;
        };
        VideoOutput: {
            /** A temporary URL; download within 7 days. */
            url: string;
        };
        /** @description A task of a video action; `videos` is set once it has completed. */
        VideosTask: components["schemas"]["Task"] & {
            videos?: components["schemas"]["VideoOutput"][];
        };
        ImageOutput: {
            /** A temporary URL; download within 7 days. */
            url: string;
        };
        /** @description A task of an image family; `images` is set once it has completed. */
        ImagesTask: components["schemas"]["Task"] & {
            images?: components["schemas"]["ImageOutput"][];
        };
    };
    responses: {
        /** @description The task was created (or replayed for the same Idempotency-Key). */
        TaskCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskCreated"];
            };
        };
        /** @description An error, in the API's error shape. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The task. */
        VideosTask: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VideosTask"];
            };
        };
        /** @description The task. */
        ImagesTask: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImagesTask"];
            };
        };
    };
    parameters: {
        /** @description The task id returned by create. */
        TaskId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAnimate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wan22AnimateMove"] | components["schemas"]["Wan22AnimateReplace"];
            };
        };
        responses: {
            200: components["responses"]["TaskCreated"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    getAnimate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task id returned by create. */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VideosTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
    createEditVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wan26EditVideo"] | components["schemas"]["Wan26FlashEditVideo"] | components["schemas"]["Wan27EditVideo"];
            };
        };
        responses: {
            200: components["responses"]["TaskCreated"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    getEditVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task id returned by create. */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VideosTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
    createImageToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wan22A14bImageToVideoTurbo"] | components["schemas"]["Wan25ImageToVideo"] | components["schemas"]["Wan26FlashImageToVideo"] | components["schemas"]["Wan26ImageToVideo"] | components["schemas"]["Wan27ImageToVideo"];
            };
        };
        responses: {
            200: components["responses"]["TaskCreated"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    getImageToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task id returned by create. */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VideosTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
    createSpeechToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wan22A14bSpeechToVideoTurbo"];
            };
        };
        responses: {
            200: components["responses"]["TaskCreated"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    getSpeechToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task id returned by create. */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VideosTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
    createTextToImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wan27ImageTextToImage"] | components["schemas"]["Wan27ImageProTextToImage"];
            };
        };
        responses: {
            200: components["responses"]["TaskCreated"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    getTextToImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task id returned by create. */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ImagesTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
    createTextToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wan22A14bTextToVideoTurbo"] | components["schemas"]["Wan25TextToVideo"] | components["schemas"]["Wan26TextToVideo"] | components["schemas"]["Wan27R2vTextToVideo"] | components["schemas"]["Wan27TextToVideo"];
            };
        };
        responses: {
            200: components["responses"]["TaskCreated"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    getTextToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task id returned by create. */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VideosTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
}
