// Generated from specs/kling.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/kling/ai_avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an ai-avatar task. */
        post: operations["createAiAvatar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kling/ai_avatar/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an ai-avatar task. */
        get: operations["getAiAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kling/edit_video": {
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
    "/api/v1/kling/edit_video/{id}": {
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
    "/api/v1/kling/extend_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an extend-video task. */
        post: operations["createExtendVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kling/extend_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an extend-video task. */
        get: operations["getExtendVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kling/image_to_video": {
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
    "/api/v1/kling/image_to_video/{id}": {
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
    "/api/v1/kling/motion_control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a motion-control task. */
        post: operations["createMotionControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kling/motion_control/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a motion-control task. */
        get: operations["getMotionControl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kling/text_to_video": {
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
    "/api/v1/kling/text_to_video/{id}": {
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
        /** kling-ai-avatar-pro · AI avatar */
        KlingAiAvatarPro: {
            /**
             * The model to run: kling-ai-avatar-pro · AI avatar.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/ai_avatar`). Price: 16¢.
             */
            model: "kling-ai-avatar-pro";
            /**
             * Face image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Audio URL for lip sync.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_audio_url: string;
            /** Description of the avatar. */
            prompt: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-ai-avatar-standard · AI avatar */
        KlingAiAvatarStandard: {
            /**
             * The model to run: kling-ai-avatar-standard · AI avatar.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/ai_avatar`). Price: 8¢.
             */
            model: "kling-ai-avatar-standard";
            /**
             * Face image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Audio URL for lip sync.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_audio_url: string;
            /** Description of the avatar. */
            prompt: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-ai-avatar-v1-pro · AI avatar */
        KlingAiAvatarV1Pro: {
            /**
             * The model to run: kling-ai-avatar-v1-pro · AI avatar.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/ai_avatar`). Price: 16¢.
             */
            model: "kling-ai-avatar-v1-pro";
            /**
             * Face image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Audio URL for lip sync.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_audio_url: string;
            /** Description of the avatar. */
            prompt: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v1-avatar-standard · AI avatar */
        KlingV1AvatarStandardAiAvatar: {
            /**
             * The model to run: kling-v1-avatar-standard · AI avatar.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/ai_avatar`). Price: 8¢.
             */
            model: "kling-v1-avatar-standard";
            /**
             * Face image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Audio URL for lip sync.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_audio_url: string;
            /** Description of the avatar. */
            prompt: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v3-omni-edit · edit video */
        KlingV3OmniEditEditVideo: {
            /**
             * The model to run: kling-v3-omni-edit · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/edit_video`). Price: not published.
             */
            model: "kling-v3-omni-edit";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Public source video URL; cannot be combined with source_task_id.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_video_url?: string;
            /** Completed compatible task ID; cannot be combined with source_video_url. */
            source_task_id?: string;
            /**
             * Ordered reference image URLs.
             *
             * 1–4 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Output duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 5
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`, `4k`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * Output aspect ratio; source-only requests require auto.
             *
             * One of: `auto`, `16:9`, `9:16`, `1:1`.
             */
            aspect_ratio?: "auto" | "16:9" | "9:16" | "1:1";
            /**
             * Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & {
            /**
             * The model to run: kling-v3-omni-edit · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/edit_video`). Price: not published.
             */
            model: "kling-v3-omni-edit";
        });
        /** kling-v3-omni-reference · edit video */
        KlingV3OmniReferenceEditVideo: {
            /**
             * The model to run: kling-v3-omni-reference · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/edit_video`). Price: not published.
             */
            model: "kling-v3-omni-reference";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Public source video URL; cannot be combined with source_task_id.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_video_url?: string;
            /** Completed compatible task ID; cannot be combined with source_video_url. */
            source_task_id?: string;
            /**
             * Ordered reference image URLs.
             *
             * 1–4 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Output duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 5
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`, `4k`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * Output aspect ratio; source-only requests require auto.
             *
             * One of: `auto`, `16:9`, `9:16`, `1:1`.
             */
            aspect_ratio?: "auto" | "16:9" | "9:16" | "1:1";
            /**
             * Enable synchronized sound generation; source-video requests require false.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & {
            /**
             * The model to run: kling-v3-omni-reference · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/edit_video`). Price: not published.
             */
            model: "kling-v3-omni-reference";
        });
        /** kling-v2.5-turbo-image-to-video-pro · extend video */
        KlingV25TurboImageToVideoProExtendVideo: {
            /**
             * The model to run: kling-v2.5-turbo-image-to-video-pro · extend video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/extend_video`). Price: 4.2¢ (mode std) · 8.4¢ (mode pro).
             */
            model: "kling-v2.5-turbo-image-to-video-pro";
            /** Completed Kling v2.5 Turbo source task ID. */
            source_task_id: string;
            /**
             * Extension quality mode.
             *
             * One of: `std`, `pro`.
             * @default std
             */
            mode?: "std" | "pro";
            /** Optional description for the continuation. */
            prompt?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.5-turbo-text-to-video-pro · extend video */
        KlingV25TurboTextToVideoProExtendVideo: {
            /**
             * The model to run: kling-v2.5-turbo-text-to-video-pro · extend video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/extend_video`). Price: 4.2¢ (mode std) · 8.4¢ (mode pro).
             */
            model: "kling-v2.5-turbo-text-to-video-pro";
            /** Completed Kling v2.5 Turbo source task ID. */
            source_task_id: string;
            /**
             * Extension quality mode.
             *
             * One of: `std`, `pro`.
             * @default std
             */
            mode?: "std" | "pro";
            /** Optional description for the continuation. */
            prompt?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-o1 · image to video */
        KlingO1ImageToVideo: {
            /**
             * The model to run: kling-o1 · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: not published.
             */
            model: "kling-o1";
            /**
             * Video description; reference media with matching numbered markers.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Public HTTP(S) JPG, JPEG, or PNG first-frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Generation mode.
             *
             * One of: `std`, `pro`.
             * @default std
             */
            mode?: "std" | "pro";
            /**
             * Sound generation must remain disabled.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `5`.
             * @default 5
             */
            duration_seconds?: 5;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * Public HTTP(S) JPG, JPEG, or PNG final-frame image URL; cannot be combined with reference_image_urls or reference_video_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * Ordered public HTTP(S) JPG, JPEG, or PNG reference image URLs; cannot be combined with last_frame_image_url.
             *
             * 1–7 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Public HTTP(S) MP4 or MOV reference video URL; cannot be combined with last_frame_image_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            reference_video_url?: string;
            /**
             * Use the video as a base edit or feature reference.
             *
             * One of: `base`, `feature`.
             * @default base
             */
            reference_video_type?: "base" | "feature";
            /**
             * Preserve the reference video's original audio.
             * @default false
             */
            preserve_reference_video_audio?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.1-master-image-to-video · image to video */
        KlingV21MasterImageToVideo: {
            /**
             * The model to run: kling-v2.1-master-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: 32¢.
             */
            model: "kling-v2.1-master-image-to-video";
            /** Video description. */
            prompt: string;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             */
            duration_seconds?: 5 | 10;
            /** Output aspect ratio. */
            aspect_ratio?: string;
            /** Negative prompt. */
            negative_prompt?: string;
            /** Guidance scale (0-1). */
            cfg_scale?: number;
            /**
             * Final frame image URL for supported image-to-video models.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.1-pro · image to video */
        KlingV21ProImageToVideo: {
            /**
             * The model to run: kling-v2.1-pro · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: 10¢.
             */
            model: "kling-v2.1-pro";
            /** Video description. */
            prompt: string;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             */
            duration_seconds?: 5 | 10;
            /** Output aspect ratio. */
            aspect_ratio?: string;
            /** Negative prompt. */
            negative_prompt?: string;
            /** Guidance scale (0-1). */
            cfg_scale?: number;
            /**
             * Final frame image URL for supported image-to-video models.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.1-standard · image to video */
        KlingV21StandardImageToVideo: {
            /**
             * The model to run: kling-v2.1-standard · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: 5¢.
             */
            model: "kling-v2.1-standard";
            /** Video description. */
            prompt: string;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             */
            duration_seconds?: 5 | 10;
            /** Output aspect ratio. */
            aspect_ratio?: string;
            /** Negative prompt. */
            negative_prompt?: string;
            /** Guidance scale (0-1). */
            cfg_scale?: number;
            /**
             * Final frame image URL for supported image-to-video models.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.5-turbo-image-to-video-pro · image to video */
        KlingV25TurboImageToVideoPro: {
            /**
             * The model to run: kling-v2.5-turbo-image-to-video-pro · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: 9¢.
             */
            model: "kling-v2.5-turbo-image-to-video-pro";
            /** Video description. */
            prompt: string;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             */
            duration_seconds?: 5 | 10;
            /** Output aspect ratio. */
            aspect_ratio?: string;
            /** Negative prompt. */
            negative_prompt?: string;
            /** Guidance scale (0-1). */
            cfg_scale?: number;
            /**
             * Final frame image URL for supported image-to-video models.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.6 · image to video */
        KlingV26ImageToVideo: {
            /**
             * The model to run: kling-v2.6 · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: from 12¢ to 40¢ by mode × enable_sound.
             */
            model: "kling-v2.6";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Generation mode.
             *
             * One of: `std`, `pro`.
             * @default std
             */
            mode?: "std" | "pro";
            /**
             * Enable sound generation; requires pro mode.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             * @default 5
             */
            duration_seconds?: 5 | 10;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * Final frame image URL; requires pro mode and 5 seconds.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v3-omni · image to video */
        KlingV3OmniImageToVideo: {
            /**
             * The model to run: kling-v3-omni · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: from 24¢ to $1.195 by output_resolution × enable_sound.
             */
            model: "kling-v3-omni";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 5
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`, `4k`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * Final frame image URL; requires a 5-second duration.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v3-turbo-image-to-video · image to video */
        KlingV3TurboImageToVideo: {
            /**
             * The model to run: kling-v3-turbo-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/image_to_video`). Price: 18¢ (output_resolution 720p) · 22.5¢ (output_resolution 1080p).
             */
            model: "kling-v3-turbo-image-to-video";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 5
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-3.0 · motion control */
        Kling30MotionControl: {
            /**
             * The model to run: kling-3.0 · motion control.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/motion_control`). Price: per second of output: 20¢ (output_resolution 720p) · 27¢ (output_resolution 1080p).
             */
            model: "kling-3.0";
            /**
             * Subject image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Reference motion video URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            reference_video_url: string;
            /** Description prompt. */
            prompt?: string;
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`.
             */
            output_resolution?: "720p" | "1080p";
            /**
             * Character orientation.
             *
             * One of: `video`, `image`.
             */
            character_orientation?: "video" | "image";
            /**
             * Background source.
             *
             * One of: `video`, `image`.
             */
            background_source?: "video" | "image";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.6 · motion control */
        KlingV26MotionControl: {
            /**
             * The model to run: kling-v2.6 · motion control.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/motion_control`). Price: not published.
             */
            model: "kling-v2.6";
            /**
             * Subject image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Reference motion video URL (3-10 seconds with image orientation; 3-30 seconds with video orientation).
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            reference_video_url: string;
            /**
             * Optional motion guidance prompt.
             *
             * At most 2500 characters.
             */
            prompt?: string;
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`.
             */
            output_resolution: "720p" | "1080p";
            /**
             * Whether the reference follows the video's or image's orientation.
             *
             * One of: `video`, `image`.
             */
            character_orientation: "video" | "image";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-3.0 · text to video */
        Kling30TextToVideo: {
            /**
             * The model to run: kling-3.0 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: from 14¢ to 67¢ by enable_sound × output_resolution.
             */
            model: "kling-3.0";
            /** Video description. Required unless multi_shots is enabled. */
            prompt?: string;
            /** Enable sound generation. */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`, `4k`.
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /** Negative prompt. */
            negative_prompt?: string;
            /** Guidance scale (0-1). */
            cfg_scale?: number;
            /** Enable multi-shot generation. */
            multi_shots?: boolean;
            /** Prompt segments for multi-shot mode. */
            multi_prompt?: unknown[];
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url?: string;
            /**
             * Last frame image URL for single-shot mode.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /** Element references with image, video, or audio materials. */
            kling_elements?: unknown[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-o1 · text to video */
        KlingO1TextToVideo: {
            /**
             * The model to run: kling-o1 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: not published.
             */
            model: "kling-o1";
            /**
             * Video description; reference media with matching numbered markers.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Generation mode.
             *
             * One of: `std`, `pro`.
             * @default std
             */
            mode?: "std" | "pro";
            /**
             * Sound generation must remain disabled.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `5`.
             * @default 5
             */
            duration_seconds?: 5;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * Ordered public HTTP(S) JPG, JPEG, or PNG reference image URLs.
             *
             * 1–7 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Public HTTP(S) MP4 or MOV reference video URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            reference_video_url?: string;
            /**
             * Use the video as a base edit or feature reference.
             *
             * One of: `base`, `feature`.
             * @default base
             */
            reference_video_type?: "base" | "feature";
            /**
             * Preserve the reference video's original audio.
             * @default false
             */
            preserve_reference_video_audio?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.1-master-text-to-video · text to video */
        KlingV21MasterTextToVideo: {
            /**
             * The model to run: kling-v2.1-master-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: 32¢.
             */
            model: "kling-v2.1-master-text-to-video";
            /** Video description. */
            prompt?: string;
            /** Enable sound generation. */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             */
            duration_seconds?: 5 | 10;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** Negative prompt. */
            negative_prompt?: string;
            /** Guidance scale (0-1). */
            cfg_scale?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.5-turbo-text-to-video-pro · text to video */
        KlingV25TurboTextToVideoPro: {
            /**
             * The model to run: kling-v2.5-turbo-text-to-video-pro · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: 9¢.
             */
            model: "kling-v2.5-turbo-text-to-video-pro";
            /** Video description. */
            prompt?: string;
            /** Enable sound generation. */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             */
            duration_seconds?: 5 | 10;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** Negative prompt. */
            negative_prompt?: string;
            /** Guidance scale (0-1). */
            cfg_scale?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v2.6 · text to video */
        KlingV26TextToVideo: {
            /**
             * The model to run: kling-v2.6 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: from 12¢ to 40¢ by mode × enable_sound.
             */
            model: "kling-v2.6";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Generation mode.
             *
             * One of: `std`, `pro`.
             * @default std
             */
            mode?: "std" | "pro";
            /**
             * Enable sound generation; requires pro mode.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `5`, `10`.
             * @default 5
             */
            duration_seconds?: 5 | 10;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v3-omni · text to video */
        KlingV3OmniTextToVideo: {
            /**
             * The model to run: kling-v3-omni · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: from 24¢ to $1.195 by output_resolution × enable_sound.
             */
            model: "kling-v3-omni";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * Duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 5
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`, `4k`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v3-omni-reference · text to video */
        KlingV3OmniReferenceTextToVideo: {
            /**
             * The model to run: kling-v3-omni-reference · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: not published.
             */
            model: "kling-v3-omni-reference";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * Output duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 5
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             */
            aspect_ratio: "16:9" | "9:16" | "1:1";
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`, `4k`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * Ordered reference image URLs.
             *
             * 1–7 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** kling-v3-turbo-text-to-video · text to video */
        KlingV3TurboTextToVideo: {
            /**
             * The model to run: kling-v3-turbo-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/kling/text_to_video`). Price: 18¢ (output_resolution 720p) · 22.5¢ (output_resolution 1080p).
             */
            model: "kling-v3-turbo-text-to-video";
            /**
             * Video description.
             *
             * 1–2500 characters.
             */
            prompt: string;
            /**
             * Duration in seconds.
             *
             * One of: `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 5
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`, `1:1`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p";
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
    createAiAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingAiAvatarPro"] | components["schemas"]["KlingAiAvatarStandard"] | components["schemas"]["KlingAiAvatarV1Pro"] | components["schemas"]["KlingV1AvatarStandardAiAvatar"];
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
    getAiAvatar: {
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
                "application/json": components["schemas"]["KlingV3OmniEditEditVideo"] | components["schemas"]["KlingV3OmniReferenceEditVideo"];
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
    createExtendVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingV25TurboImageToVideoProExtendVideo"] | components["schemas"]["KlingV25TurboTextToVideoProExtendVideo"];
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
    getExtendVideo: {
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
                "application/json": components["schemas"]["KlingO1ImageToVideo"] | components["schemas"]["KlingV21MasterImageToVideo"] | components["schemas"]["KlingV21ProImageToVideo"] | components["schemas"]["KlingV21StandardImageToVideo"] | components["schemas"]["KlingV25TurboImageToVideoPro"] | components["schemas"]["KlingV26ImageToVideo"] | components["schemas"]["KlingV3OmniImageToVideo"] | components["schemas"]["KlingV3TurboImageToVideo"];
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
    createMotionControl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Kling30MotionControl"] | components["schemas"]["KlingV26MotionControl"];
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
    getMotionControl: {
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
    createTextToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Kling30TextToVideo"] | components["schemas"]["KlingO1TextToVideo"] | components["schemas"]["KlingV21MasterTextToVideo"] | components["schemas"]["KlingV25TurboTextToVideoPro"] | components["schemas"]["KlingV26TextToVideo"] | components["schemas"]["KlingV3OmniTextToVideo"] | components["schemas"]["KlingV3OmniReferenceTextToVideo"] | components["schemas"]["KlingV3TurboTextToVideo"];
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
