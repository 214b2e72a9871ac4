// Generated from specs/grok-imagine.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/grok_imagine/edit_image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an edit-image task. */
        post: operations["createEditImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grok_imagine/edit_image/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an edit-image task. */
        get: operations["getEditImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grok_imagine/extend_video": {
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
    "/api/v1/grok_imagine/extend_video/{id}": {
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
    "/api/v1/grok_imagine/image_to_video": {
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
    "/api/v1/grok_imagine/image_to_video/{id}": {
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
    "/api/v1/grok_imagine/segment_map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a segment-map task. */
        post: operations["createSegmentMap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grok_imagine/segment_map/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a segment-map task. */
        get: operations["getSegmentMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grok_imagine/text_to_image": {
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
    "/api/v1/grok_imagine/text_to_image/{id}": {
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
    "/api/v1/grok_imagine/text_to_video": {
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
    "/api/v1/grok_imagine/text_to_video/{id}": {
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
    "/api/v1/grok_imagine/upscale_image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an upscale-image task. */
        post: operations["createUpscaleImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grok_imagine/upscale_image/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an upscale-image task. */
        get: operations["getUpscaleImage"];
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
        /** grok-imagine-edit-image · edit image */
        GrokImagineEditImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-edit-image";
            /** @description Public source image URL. */
            source_image_url: string;
            /** @description Optional image editing instruction. */
            prompt?: string;
            /** @description Enable content safety checks. */
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-image-2-0 · edit image */
        GrokImagineImage20EditImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-image-2-0";
            /** @description Completed Image 2.0 segment-map Task ID. */
            source_task_id: string;
            /** @description Optional segment indexes to edit. */
            mask_indices?: number[];
            /** @description Image editing prompt. */
            prompt: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Grok Imagine · extend video */
        GrokImagineExtendVideo: {
            /** @description Completed prior Grok Imagine video Task ID. */
            source_task_id: string;
            /** @description Video continuation prompt. */
            prompt: string;
            /** @description Source video position in seconds where extension begins. */
            start_seconds: number;
            /**
             * @description Extension duration in seconds.
             * @enum {integer}
             */
            extension_duration_seconds: 6 | 10;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-image-to-video · image to video */
        GrokImagineImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-image-to-video";
            /** @description Public source image URL; provide this or source_task_id, but not both. */
            source_image_url?: string;
            /** @description Prior Grok Imagine text-to-image Task ID; provide this or source_image_url, but not both. */
            source_task_id?: string;
            /** @description Zero-based source image index; used only with source_task_id. */
            index?: number;
            /** @description Optional video generation prompt. */
            prompt?: string;
            /**
             * @description Video motion style; spicy requires source_task_id.
             * @enum {string}
             */
            motion_style?: "fun" | "normal" | "spicy";
            /** @description Output duration in seconds. */
            duration_seconds?: number;
            /**
             * @description Output resolution.
             * @default 480p
             * @enum {string}
             */
            output_resolution?: "480p" | "720p";
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /** @description Enable content safety checks. */
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-fast · image to video */
        GrokImagineVideo15FastImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-video-1.5-fast";
            /** @description Public source image URL. */
            source_image_url: string;
            /** @description Public reference image URLs. */
            reference_image_urls?: string[];
            /** @description Optional video generation prompt. */
            prompt?: string;
            /**
             * @description Output duration in seconds.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * @description Output resolution.
             * @default 480p
             * @enum {string}
             */
            output_resolution?: "480p" | "720p";
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-preview · image to video */
        GrokImagineVideo15PreviewImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-video-1.5-preview";
            /** @description Public source image URL. */
            source_image_url: string;
            /** @description Additional public reference image URLs; source plus references may total seven images. */
            reference_image_urls?: string[];
            /** @description Optional video generation prompt. */
            prompt?: string;
            /**
             * @description Output duration in seconds.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * @description Output resolution.
             * @default 480p
             * @enum {string}
             */
            output_resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Output aspect ratio.
             * @default auto
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-image-2-0 · segment map */
        GrokImagineImage20SegmentMap: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-image-2-0";
            /** @description Completed Image 2.0 text-to-image Task ID. */
            source_task_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-image-2-0 · text to image */
        GrokImagineImage20TextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-image-2-0";
            /** @description Image generation prompt. */
            prompt: string;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio: "1:1" | "2:3" | "3:2" | "16:9" | "9:16";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-text-to-image · text to image */
        GrokImagineTextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-text-to-image";
            /** @description Image generation prompt. */
            prompt: string;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /** @description Enable content safety checks. */
            enable_safety_checker?: boolean;
            /** @description Enable Pro image generation mode. */
            enable_pro?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-text-to-video · text to video */
        GrokImagineTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-text-to-video";
            /** @description Video generation prompt. */
            prompt: string;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /**
             * @description Video motion style.
             * @enum {string}
             */
            motion_style?: "fun" | "normal" | "spicy";
            /** @description Output duration in seconds. */
            duration_seconds?: number;
            /**
             * @description Output resolution.
             * @default 480p
             * @enum {string}
             */
            output_resolution?: "480p" | "720p";
            /** @description Enable content safety checks. */
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-fast · text to video */
        GrokImagineVideo15FastTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-video-1.5-fast";
            /** @description Video generation prompt. */
            prompt: string;
            /** @description Public reference image URLs. */
            reference_image_urls?: string[];
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * @description Output duration in seconds.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * @description Output resolution.
             * @default 480p
             * @enum {string}
             */
            output_resolution?: "480p" | "720p";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-preview · text to video */
        GrokImagineVideo15PreviewTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "grok-imagine-video-1.5-preview";
            /** @description Video generation prompt. */
            prompt: string;
            /** @description Public reference image URLs; 1080p accepts at most one image. */
            reference_image_urls?: string[];
            /**
             * @description Output aspect ratio.
             * @default auto
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Output duration in seconds.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * @description Output resolution.
             * @default 480p
             * @enum {string}
             */
            output_resolution?: "480p" | "720p" | "1080p";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Grok Imagine · upscale image */
        GrokImagineUpscaleImage: {
            /** @description Completed prior Grok Imagine video Task ID. */
            source_task_id: string;
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
        ImageOutput: {
            /** @description A temporary URL; download within 7 days. */
            url: string;
        };
        /** @description A task of an image family; `images` is set once it has completed. */
        ImagesTask: components["schemas"]["Task"] & {
            images?: components["schemas"]["ImageOutput"][];
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
        ImagesTask: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImagesTask"];
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
    createEditImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrokImagineEditImage"] | components["schemas"]["GrokImagineImage20EditImage"];
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
    getEditImage: {
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
    createExtendVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrokImagineExtendVideo"];
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
                "application/json": components["schemas"]["GrokImagineImageToVideo"] | components["schemas"]["GrokImagineVideo15FastImageToVideo"] | components["schemas"]["GrokImagineVideo15PreviewImageToVideo"];
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
    createSegmentMap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrokImagineImage20SegmentMap"];
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
    getSegmentMap: {
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
    createTextToImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrokImagineImage20TextToImage"] | components["schemas"]["GrokImagineTextToImage"];
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
                "application/json": components["schemas"]["GrokImagineTextToVideo"] | components["schemas"]["GrokImagineVideo15FastTextToVideo"] | components["schemas"]["GrokImagineVideo15PreviewTextToVideo"];
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
    createUpscaleImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrokImagineUpscaleImage"];
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
    getUpscaleImage: {
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
}
