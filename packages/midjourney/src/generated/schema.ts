// Generated from specs/midjourney.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/midjourney/edit_image": {
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
    "/api/v1/midjourney/edit_image/{id}": {
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
    "/api/v1/midjourney/extend_video": {
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
    "/api/v1/midjourney/extend_video/{id}": {
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
    "/api/v1/midjourney/get_seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run get seed; the answer is the finished result. */
        post: operations["createGetSeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/midjourney/image_to_prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run image to prompt; the answer is the finished result. */
        post: operations["createImageToPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/midjourney/image_to_video": {
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
    "/api/v1/midjourney/image_to_video/{id}": {
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
    "/api/v1/midjourney/shorten_prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run shorten prompt; the answer is the finished result. */
        post: operations["createShortenPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/midjourney/text_to_image": {
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
    "/api/v1/midjourney/text_to_image/{id}": {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** midjourney-edit-image · edit image */
        MidjourneyEditImage: {
            /**
             * The model to run: midjourney-edit-image · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/midjourney/edit_image`). Price: 8¢.
             */
            model: "midjourney-edit-image";
            prompt: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            mask_url?: string;
            /** @default false */
            include_split_images?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** midjourney-image-to-video · extend video */
        MidjourneyImageToVideoExtendVideo: {
            /**
             * The model to run: midjourney-image-to-video · extend video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/midjourney/extend_video`). Price: 62¢.
             */
            model: "midjourney-image-to-video";
            source_task_id: string;
            prompt?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Midjourney · get seed */
        MidjourneyGetSeed: {
            image_id: string;
        };
        /** Midjourney · image to prompt */
        MidjourneyImageToPrompt: {
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
        };
        /** midjourney-image-to-video · image to video */
        MidjourneyImageToVideo: {
            /**
             * The model to run: midjourney-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/midjourney/image_to_video`). Price: 62¢.
             */
            model: "midjourney-image-to-video";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /**
             * One of: `480p`.
             * @default 480p
             */
            output_resolution?: "480p";
            /** @default false */
            enable_loop?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Midjourney · shorten prompt */
        MidjourneyShortenPrompt: {
            prompt: string;
        };
        /** midjourney-v8.1 · text to image */
        MidjourneyV81TextToImage: {
            /**
             * The model to run: midjourney-v8.1 · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/midjourney/text_to_image`). Price: 7¢.
             */
            model: "midjourney-v8.1";
            prompt: string;
            /** @default false */
            enable_prompt_translation?: boolean;
            /** @default false */
            include_split_images?: boolean;
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
        AudioOutput: {
            /** A temporary URL; download within 7 days. */
            audio_url: string;
        };
        TextOutput: {
            text: string;
        };
        /** @description The answer of a synchronous action: the finished result, shaped like a completed task, with the output of its kind (`images`, `videos`, `audios` or `texts`). */
        SyncResult: components["schemas"]["Task"] & {
            /** Always `completed`. */
            status?: "completed";
            /** True when an earlier request with the same Idempotency-Key made this result. */
            task_replayed?: boolean;
            images?: components["schemas"]["ImageOutput"][];
            videos?: components["schemas"]["VideoOutput"][];
            audios?: components["schemas"]["AudioOutput"][];
            texts?: components["schemas"]["TextOutput"][];
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
        /** @description The finished result of a synchronous action. */
        SyncResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SyncResult"];
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
                "application/json": components["schemas"]["MidjourneyEditImage"];
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
                "application/json": components["schemas"]["MidjourneyImageToVideoExtendVideo"];
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
    createGetSeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MidjourneyGetSeed"];
            };
        };
        responses: {
            200: components["responses"]["SyncResult"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    createImageToPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MidjourneyImageToPrompt"];
            };
        };
        responses: {
            200: components["responses"]["SyncResult"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
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
                "application/json": components["schemas"]["MidjourneyImageToVideo"];
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
    createShortenPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MidjourneyShortenPrompt"];
            };
        };
        responses: {
            200: components["responses"]["SyncResult"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
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
                "application/json": components["schemas"]["MidjourneyV81TextToImage"];
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
}
