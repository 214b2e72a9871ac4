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
             * The model to run: grok-imagine-edit-image · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/edit_image`). Price: 4¢.
             */
            model: "grok-imagine-edit-image";
            /**
             * Public source image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /** Optional image editing instruction. */
            prompt?: string;
            /** Enable content safety checks. */
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-image-2-0 · edit image */
        GrokImagineImage20EditImage: {
            /**
             * The model to run: grok-imagine-image-2-0 · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/edit_image`). Price: not published.
             */
            model: "grok-imagine-image-2-0";
            /** Completed Image 2.0 segment-map Task ID. */
            source_task_id: string;
            /**
             * Optional segment indexes to edit.
             *
             * At least 1 item. Each item: a whole number at least 1.
             */
            mask_indices?: number[];
            /** Image editing prompt. */
            prompt: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Grok Imagine · extend video */
        GrokImagineExtendVideo: {
            /** Completed prior Grok Imagine video Task ID. */
            source_task_id: string;
            /**
             * Video continuation prompt.
             *
             * At most 5000 characters.
             */
            prompt: string;
            /**
             * Source video position in seconds where extension begins.
             *
             * A whole number at least 0.
             */
            start_seconds: number;
            /**
             * Extension duration in seconds.
             *
             * One of: `6`, `10`.
             */
            extension_duration_seconds: 6 | 10;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-image-to-video · image to video */
        GrokImagineImageToVideo: {
            /**
             * The model to run: grok-imagine-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/image_to_video`). Price: 1.6¢ (output_resolution 480p) · 3¢ (output_resolution 720p).
             */
            model: "grok-imagine-image-to-video";
            /**
             * Public source image URL; provide this or source_task_id, but not both.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url?: string;
            /** Prior Grok Imagine text-to-image Task ID; provide this or source_image_url, but not both. */
            source_task_id?: string;
            /**
             * Zero-based source image index; used only with source_task_id.
             *
             * A whole number from 0 to 5.
             */
            index?: number;
            /**
             * Optional video generation prompt.
             *
             * At most 5000 characters.
             */
            prompt?: string;
            /**
             * Video motion style; spicy requires source_task_id.
             *
             * One of: `fun`, `normal`, `spicy`.
             */
            motion_style?: "fun" | "normal" | "spicy";
            /**
             * Output duration in seconds.
             *
             * A whole number from 6 to 30.
             */
            duration_seconds?: number;
            /**
             * Output resolution.
             *
             * One of: `480p`, `720p`.
             * @default 480p
             */
            output_resolution?: "480p" | "720p";
            /**
             * Output aspect ratio.
             *
             * One of: `2:3`, `3:2`, `1:1`, `16:9`, `9:16`.
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /** Enable content safety checks. */
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-fast · image to video */
        GrokImagineVideo15FastImageToVideo: {
            /**
             * The model to run: grok-imagine-video-1.5-fast · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/image_to_video`). Price: 18¢ (duration_seconds 1-10) · 45¢ (duration_seconds 11-20) · 75¢ (duration_seconds 21-30).
             */
            model: "grok-imagine-video-1.5-fast";
            /**
             * Public source image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Public reference image URLs.
             *
             * Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Optional video generation prompt.
             *
             * At most 5000 characters.
             */
            prompt?: string;
            /**
             * Output duration in seconds.
             *
             * A whole number from 1 to 30.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * Output resolution.
             *
             * One of: `480p`, `720p`.
             * @default 480p
             */
            output_resolution?: "480p" | "720p";
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `16:9`, `9:16`, `3:2`, `2:3`.
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-preview · image to video */
        GrokImagineVideo15PreviewImageToVideo: {
            /**
             * The model to run: grok-imagine-video-1.5-preview · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/image_to_video`). Price: 3¢.
             */
            model: "grok-imagine-video-1.5-preview";
            /**
             * Public source image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            source_image_url: string;
            /**
             * Additional public reference image URLs; source plus references may total seven images.
             *
             * At most 6 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Optional video generation prompt.
             *
             * 1–4096 characters.
             */
            prompt?: string;
            /**
             * Output duration in seconds.
             *
             * A whole number from 1 to 15.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * Output resolution.
             *
             * One of: `480p`, `720p`, `1080p`.
             * @default 480p
             */
            output_resolution?: "480p" | "720p" | "1080p";
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `16:9`, `9:16`, `3:2`, `2:3`, `auto`.
             * @default auto
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-image-2-0 · segment map */
        GrokImagineImage20SegmentMap: {
            /**
             * The model to run: grok-imagine-image-2-0 · segment map.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/segment_map`). Price: not published.
             */
            model: "grok-imagine-image-2-0";
            /** Completed Image 2.0 text-to-image Task ID. */
            source_task_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-image-2-0 · text to image */
        GrokImagineImage20TextToImage: {
            /**
             * The model to run: grok-imagine-image-2-0 · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/text_to_image`). Price: not published.
             */
            model: "grok-imagine-image-2-0";
            /** Image generation prompt. */
            prompt: string;
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `2:3`, `3:2`, `16:9`, `9:16`.
             */
            aspect_ratio: "1:1" | "2:3" | "3:2" | "16:9" | "9:16";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-text-to-image · text to image */
        GrokImagineTextToImage: {
            /**
             * The model to run: grok-imagine-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/text_to_image`). Price: 5¢ (enable_pro true) · 4¢ (enable_pro false).
             */
            model: "grok-imagine-text-to-image";
            /**
             * Image generation prompt.
             *
             * At most 5000 characters.
             */
            prompt: string;
            /**
             * Output aspect ratio.
             *
             * One of: `2:3`, `3:2`, `1:1`, `16:9`, `9:16`.
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /** Enable content safety checks. */
            enable_safety_checker?: boolean;
            /** Enable Pro image generation mode. */
            enable_pro?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-text-to-video · text to video */
        GrokImagineTextToVideo: {
            /**
             * The model to run: grok-imagine-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/text_to_video`). Price: 1.6¢ (output_resolution 480p) · 3¢ (output_resolution 720p).
             */
            model: "grok-imagine-text-to-video";
            /**
             * Video generation prompt.
             *
             * At most 5000 characters.
             */
            prompt: string;
            /**
             * Output aspect ratio.
             *
             * One of: `2:3`, `3:2`, `1:1`, `16:9`, `9:16`.
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /**
             * Video motion style.
             *
             * One of: `fun`, `normal`, `spicy`.
             */
            motion_style?: "fun" | "normal" | "spicy";
            /**
             * Output duration in seconds.
             *
             * A whole number from 6 to 30.
             */
            duration_seconds?: number;
            /**
             * Output resolution.
             *
             * One of: `480p`, `720p`.
             * @default 480p
             */
            output_resolution?: "480p" | "720p";
            /** Enable content safety checks. */
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-fast · text to video */
        GrokImagineVideo15FastTextToVideo: {
            /**
             * The model to run: grok-imagine-video-1.5-fast · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/text_to_video`). Price: 18¢ (duration_seconds 1-10) · 45¢ (duration_seconds 11-20) · 75¢ (duration_seconds 21-30).
             */
            model: "grok-imagine-video-1.5-fast";
            /**
             * Video generation prompt.
             *
             * At most 5000 characters.
             */
            prompt: string;
            /**
             * Public reference image URLs.
             *
             * Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `16:9`, `9:16`, `3:2`, `2:3`.
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * Output duration in seconds.
             *
             * A whole number from 1 to 30.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * Output resolution.
             *
             * One of: `480p`, `720p`.
             * @default 480p
             */
            output_resolution?: "480p" | "720p";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** grok-imagine-video-1.5-preview · text to video */
        GrokImagineVideo15PreviewTextToVideo: {
            /**
             * The model to run: grok-imagine-video-1.5-preview · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/grok_imagine/text_to_video`). Price: 1.6¢ (output_resolution 480p) · 3¢ (output_resolution 720p) · 2¢ otherwise.
             */
            model: "grok-imagine-video-1.5-preview";
            /**
             * Video generation prompt.
             *
             * 1–4096 characters.
             */
            prompt: string;
            /**
             * Public reference image URLs; 1080p accepts at most one image.
             *
             * At most 7 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `16:9`, `9:16`, `3:2`, `2:3`, `auto`.
             * @default auto
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * Output duration in seconds.
             *
             * A whole number from 1 to 15.
             * @default 8
             */
            duration_seconds?: number;
            /**
             * Output resolution.
             *
             * One of: `480p`, `720p`, `1080p`.
             * @default 480p
             */
            output_resolution?: "480p" | "720p" | "1080p";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Grok Imagine · upscale image */
        GrokImagineUpscaleImage: {
            /** Completed prior Grok Imagine video Task ID. */
            source_task_id: string;
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
        ImageOutput: {
            /** A temporary URL; download within 7 days. */
            url: string;
        };
        /** @description A task of an image family; `images` is set once it has completed. */
        ImagesTask: components["schemas"]["Task"] & {
            images?: components["schemas"]["ImageOutput"][];
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
