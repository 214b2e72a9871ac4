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
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-ai-avatar-pro";
            /** @description Face image URL. */
            source_image_url: string;
            /** @description Audio URL for lip sync. */
            source_audio_url: string;
            /** @description Description of the avatar. */
            prompt: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-ai-avatar-standard · AI avatar */
        KlingAiAvatarStandard: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-ai-avatar-standard";
            /** @description Face image URL. */
            source_image_url: string;
            /** @description Audio URL for lip sync. */
            source_audio_url: string;
            /** @description Description of the avatar. */
            prompt: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-ai-avatar-v1-pro · AI avatar */
        KlingAiAvatarV1Pro: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-ai-avatar-v1-pro";
            /** @description Face image URL. */
            source_image_url: string;
            /** @description Audio URL for lip sync. */
            source_audio_url: string;
            /** @description Description of the avatar. */
            prompt: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v1-avatar-standard · AI avatar */
        KlingV1AvatarStandardAiAvatar: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v1-avatar-standard";
            /** @description Face image URL. */
            source_image_url: string;
            /** @description Audio URL for lip sync. */
            source_audio_url: string;
            /** @description Description of the avatar. */
            prompt: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v3-omni-edit · edit video */
        KlingV3OmniEditEditVideo: {
            /** @constant */
            model: "kling-v3-omni-edit";
            /** @description Video description. */
            prompt: string;
            /** @description Public source video URL; cannot be combined with source_task_id. */
            source_video_url?: string;
            /** @description Completed compatible task ID; cannot be combined with source_video_url. */
            source_task_id?: string;
            /** @description Ordered reference image URLs. */
            reference_image_urls?: string[];
            /**
             * @description Output duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Output aspect ratio; source-only requests require auto.
             * @enum {string}
             */
            aspect_ratio?: "auto" | "16:9" | "9:16" | "1:1";
            /**
             * @description Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v3-omni-edit";
        });
        /** kling-v3-omni-reference · edit video */
        KlingV3OmniReferenceEditVideo: {
            /** @constant */
            model: "kling-v3-omni-reference";
            /** @description Video description. */
            prompt: string;
            /** @description Public source video URL; cannot be combined with source_task_id. */
            source_video_url?: string;
            /** @description Completed compatible task ID; cannot be combined with source_video_url. */
            source_task_id?: string;
            /** @description Ordered reference image URLs. */
            reference_image_urls?: string[];
            /**
             * @description Output duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Output aspect ratio; source-only requests require auto.
             * @enum {string}
             */
            aspect_ratio?: "auto" | "16:9" | "9:16" | "1:1";
            /**
             * @description Enable synchronized sound generation; source-video requests require false.
             * @default false
             */
            enable_sound?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v3-omni-reference";
        });
        /** kling-v2.5-turbo-image-to-video-pro · extend video */
        KlingV25TurboImageToVideoProExtendVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.5-turbo-image-to-video-pro";
            /** @description Completed Kling v2.5 Turbo source task ID. */
            source_task_id: string;
            /**
             * @description Extension quality mode.
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            /** @description Optional description for the continuation. */
            prompt?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.5-turbo-text-to-video-pro · extend video */
        KlingV25TurboTextToVideoProExtendVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.5-turbo-text-to-video-pro";
            /** @description Completed Kling v2.5 Turbo source task ID. */
            source_task_id: string;
            /**
             * @description Extension quality mode.
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            /** @description Optional description for the continuation. */
            prompt?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-o1 · image to video */
        KlingO1ImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-o1";
            /** @description Video description; reference media with matching numbered markers. */
            prompt: string;
            /** @description Public HTTP(S) JPG, JPEG, or PNG first-frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Generation mode.
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            /**
             * @description Sound generation must remain disabled.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 5;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description Public HTTP(S) JPG, JPEG, or PNG final-frame image URL; cannot be combined with reference_image_urls or reference_video_url. */
            last_frame_image_url?: string;
            /** @description Ordered public HTTP(S) JPG, JPEG, or PNG reference image URLs; cannot be combined with last_frame_image_url. */
            reference_image_urls?: string[];
            /** @description Public HTTP(S) MP4 or MOV reference video URL; cannot be combined with last_frame_image_url. */
            reference_video_url?: string;
            /**
             * @description Use the video as a base edit or feature reference.
             * @default base
             * @enum {string}
             */
            reference_video_type?: "base" | "feature";
            /**
             * @description Preserve the reference video's original audio.
             * @default false
             */
            preserve_reference_video_audio?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.1-master-image-to-video · image to video */
        KlingV21MasterImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.1-master-image-to-video";
            /** @description Video description. */
            prompt: string;
            /** @description First frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Duration in seconds.
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /** @description Output aspect ratio. */
            aspect_ratio?: string;
            /** @description Negative prompt. */
            negative_prompt?: string;
            /** @description Guidance scale (0-1). */
            cfg_scale?: number;
            /** @description Final frame image URL for supported image-to-video models. */
            last_frame_image_url?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.1-pro · image to video */
        KlingV21ProImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.1-pro";
            /** @description Video description. */
            prompt: string;
            /** @description First frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Duration in seconds.
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /** @description Output aspect ratio. */
            aspect_ratio?: string;
            /** @description Negative prompt. */
            negative_prompt?: string;
            /** @description Guidance scale (0-1). */
            cfg_scale?: number;
            /** @description Final frame image URL for supported image-to-video models. */
            last_frame_image_url?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.1-standard · image to video */
        KlingV21StandardImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.1-standard";
            /** @description Video description. */
            prompt: string;
            /** @description First frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Duration in seconds.
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /** @description Output aspect ratio. */
            aspect_ratio?: string;
            /** @description Negative prompt. */
            negative_prompt?: string;
            /** @description Guidance scale (0-1). */
            cfg_scale?: number;
            /** @description Final frame image URL for supported image-to-video models. */
            last_frame_image_url?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.5-turbo-image-to-video-pro · image to video */
        KlingV25TurboImageToVideoPro: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.5-turbo-image-to-video-pro";
            /** @description Video description. */
            prompt: string;
            /** @description First frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Duration in seconds.
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /** @description Output aspect ratio. */
            aspect_ratio?: string;
            /** @description Negative prompt. */
            negative_prompt?: string;
            /** @description Guidance scale (0-1). */
            cfg_scale?: number;
            /** @description Final frame image URL for supported image-to-video models. */
            last_frame_image_url?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.6 · image to video */
        KlingV26ImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.6";
            /** @description Video description. */
            prompt: string;
            /** @description First frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Generation mode.
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            /**
             * @description Enable sound generation; requires pro mode.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description Final frame image URL; requires pro mode and 5 seconds. */
            last_frame_image_url?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v3-omni · image to video */
        KlingV3OmniImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v3-omni";
            /** @description Video description. */
            prompt: string;
            /** @description First frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /** @description Final frame image URL; requires a 5-second duration. */
            last_frame_image_url?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v3-turbo-image-to-video · image to video */
        KlingV3TurboImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v3-turbo-image-to-video";
            /** @description Video description. */
            prompt: string;
            /** @description First frame image URL. */
            first_frame_image_url: string;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-3.0 · motion control */
        Kling30MotionControl: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-3.0";
            /** @description Subject image URL. */
            source_image_url: string;
            /** @description Reference motion video URL. */
            reference_video_url: string;
            /** @description Description prompt. */
            prompt?: string;
            /**
             * @description Output resolution.
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p";
            /**
             * @description Character orientation.
             * @enum {string}
             */
            character_orientation?: "video" | "image";
            /**
             * @description Background source.
             * @enum {string}
             */
            background_source?: "video" | "image";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.6 · motion control */
        KlingV26MotionControl: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.6";
            /** @description Subject image URL. */
            source_image_url: string;
            /** @description Reference motion video URL (3-10 seconds with image orientation; 3-30 seconds with video orientation). */
            reference_video_url: string;
            /** @description Optional motion guidance prompt. */
            prompt?: string;
            /**
             * @description Output resolution.
             * @enum {string}
             */
            output_resolution: "720p" | "1080p";
            /**
             * @description Whether the reference follows the video's or image's orientation.
             * @enum {string}
             */
            character_orientation: "video" | "image";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-3.0 · text to video */
        Kling30TextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-3.0";
            /** @description Video description. Required unless multi_shots is enabled. */
            prompt?: string;
            /** @description Enable sound generation. */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Output resolution.
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /** @description Negative prompt. */
            negative_prompt?: string;
            /** @description Guidance scale (0-1). */
            cfg_scale?: number;
            /** @description Enable multi-shot generation. */
            multi_shots?: boolean;
            /** @description Prompt segments for multi-shot mode. */
            multi_prompt?: unknown[];
            /** @description First frame image URL. */
            first_frame_image_url?: string;
            /** @description Last frame image URL for single-shot mode. */
            last_frame_image_url?: string;
            /** @description Element references with image, video, or audio materials. */
            kling_elements?: unknown[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-o1 · text to video */
        KlingO1TextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-o1";
            /** @description Video description; reference media with matching numbered markers. */
            prompt: string;
            /**
             * @description Generation mode.
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            /**
             * @description Sound generation must remain disabled.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 5;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description Ordered public HTTP(S) JPG, JPEG, or PNG reference image URLs. */
            reference_image_urls?: string[];
            /** @description Public HTTP(S) MP4 or MOV reference video URL. */
            reference_video_url?: string;
            /**
             * @description Use the video as a base edit or feature reference.
             * @default base
             * @enum {string}
             */
            reference_video_type?: "base" | "feature";
            /**
             * @description Preserve the reference video's original audio.
             * @default false
             */
            preserve_reference_video_audio?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.1-master-text-to-video · text to video */
        KlingV21MasterTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.1-master-text-to-video";
            /** @description Video description. */
            prompt?: string;
            /** @description Enable sound generation. */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description Negative prompt. */
            negative_prompt?: string;
            /** @description Guidance scale (0-1). */
            cfg_scale?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.5-turbo-text-to-video-pro · text to video */
        KlingV25TurboTextToVideoPro: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.5-turbo-text-to-video-pro";
            /** @description Video description. */
            prompt?: string;
            /** @description Enable sound generation. */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description Negative prompt. */
            negative_prompt?: string;
            /** @description Guidance scale (0-1). */
            cfg_scale?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v2.6 · text to video */
        KlingV26TextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v2.6";
            /** @description Video description. */
            prompt: string;
            /**
             * @description Generation mode.
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            /**
             * @description Enable sound generation; requires pro mode.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 5 | 10;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v3-omni · text to video */
        KlingV3OmniTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v3-omni";
            /** @description Video description. */
            prompt: string;
            /**
             * @description Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v3-omni-reference · text to video */
        KlingV3OmniReferenceTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v3-omni-reference";
            /** @description Video description. */
            prompt: string;
            /**
             * @description Enable synchronized sound generation.
             * @default false
             */
            enable_sound?: boolean;
            /**
             * @description Output duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio: "16:9" | "9:16" | "1:1";
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /** @description Ordered reference image URLs. */
            reference_image_urls: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** kling-v3-turbo-text-to-video · text to video */
        KlingV3TurboTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "kling-v3-turbo-text-to-video";
            /** @description Video description. */
            prompt: string;
            /**
             * @description Duration in seconds.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /**
         * @description Where a task is in its lifecycle. An unknown value is surfaced as an error, never waited on.
         * @enum {string}
         */
        TaskStatus: "pending" | "processing" | "completed" | "failed";
        /** @description What the call reserved, charged and refunded. Failed generations are not charged. */
        Billing: {
            /** @description The amount held when the task was created. */
            reservation?: {
                amount_cents?: number;
            } | null;
            /** @description The amount charged when the task completed. */
            settlement?: {
                charged_amount_cents?: number;
            } | null;
            /** @description When the reservation was refunded (failed tasks). */
            refund?: {
                refunded_at?: string;
            } | null;
        };
        /** @description The answer to a create request. */
        TaskCreated: {
            /** @description The task id; keep it to resume waiting. */
            id: string;
            status: components["schemas"]["TaskStatus"];
            /** @description True when an earlier request with the same Idempotency-Key created this task. */
            task_replayed?: boolean;
            billing?: components["schemas"]["Billing"];
        };
        /** @description Every error answer. */
        Error: {
            error: {
                /** @description A stable machine code, e.g. rate_limited, request_conflict. */
                code: string;
                /** @description A sentence for people; validation messages name the field. */
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
            status: components["schemas"]["TaskStatus"];
            error?: components["schemas"]["TaskError"];
            billing?: components["schemas"]["Billing"];
            created_at?: string;
            completed_at?: string;
        };
        VideoOutput: {
            /** @description A temporary URL; download within 7 days. */
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
