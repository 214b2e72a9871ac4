// Generated from specs/veo-3-1.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/veo_3_1/extend_video": {
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
    "/api/v1/veo_3_1/extend_video/{id}": {
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
    "/api/v1/veo_3_1/text_to_video": {
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
    "/api/v1/veo_3_1/text_to_video/{id}": {
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
    "/api/v1/veo_3_1/upscale_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an upscale-video task. */
        post: operations["createUpscaleVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veo_3_1/upscale_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an upscale-video task. */
        get: operations["getUpscaleVideo"];
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
        /** Veo 3.1 · extend video */
        Veo31ExtendVideo: {
            source_task_id: string;
            prompt?: string;
            seeds?: number;
            watermark?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** veo-3.1 · text to video */
        Veo31TextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "veo-3.1";
            prompt?: string;
            /** @enum {string} */
            input_mode?: "text" | "first_and_last_frames" | "reference";
            /** @enum {string} */
            aspect_ratio?: "16:9" | "9:16" | "auto";
            /** @enum {integer} */
            duration_seconds?: 4 | 6 | 8;
            seeds?: number;
            enable_translation?: boolean;
            watermark?: string;
            first_frame_image_url?: string;
            last_frame_image_url?: string;
            reference_image_urls?: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** veo-3.1-fast · text to video */
        Veo31FastTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "veo-3.1-fast";
            prompt?: string;
            /** @enum {string} */
            input_mode?: "text" | "first_and_last_frames" | "reference";
            /** @enum {string} */
            aspect_ratio?: "16:9" | "9:16" | "auto";
            /** @enum {integer} */
            duration_seconds?: 4 | 6 | 8;
            seeds?: number;
            enable_translation?: boolean;
            watermark?: string;
            first_frame_image_url?: string;
            last_frame_image_url?: string;
            reference_image_urls?: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** veo-3.1-lite · text to video */
        Veo31LiteTextToVideo: {
            /** @constant */
            model: "veo-3.1-lite";
            prompt?: string;
            /**
             * @default text
             * @enum {string}
             */
            input_mode?: "text" | "first_and_last_frames" | "reference";
            /** @enum {string} */
            aspect_ratio?: "16:9" | "9:16";
            /** @enum {integer} */
            duration_seconds?: 4 | 6 | 8;
            enable_translation?: boolean;
            watermark?: string;
            first_frame_image_url?: string;
            last_frame_image_url?: string;
            reference_image_urls?: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "veo-3.1-lite";
        });
        /** Veo 3.1 · upscale video */
        Veo31UpscaleVideo: {
            source_task_id?: string;
            /** @enum {string} */
            output_resolution?: "1080p" | "4k";
            index?: number;
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
    createExtendVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Veo31ExtendVideo"];
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
    createTextToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Veo31TextToVideo"] | components["schemas"]["Veo31FastTextToVideo"] | components["schemas"]["Veo31LiteTextToVideo"];
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
    createUpscaleVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Veo31UpscaleVideo"];
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
    getUpscaleVideo: {
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
