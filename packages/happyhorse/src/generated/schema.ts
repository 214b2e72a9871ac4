// Generated from specs/happyhorse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/happyhorse/edit_video": {
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
    "/api/v1/happyhorse/edit_video/{id}": {
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
    "/api/v1/happyhorse/image_to_video": {
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
    "/api/v1/happyhorse/image_to_video/{id}": {
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
    "/api/v1/happyhorse/text_to_video": {
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
    "/api/v1/happyhorse/text_to_video/{id}": {
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
        /** happyhorse-edit-video · edit video */
        HappyhorseEditVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "happyhorse-edit-video";
            prompt?: string;
            source_video_url: string;
            reference_image_urls?: string[];
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            /** @enum {string} */
            audio_setting?: "auto" | "original";
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** happyhorse-1.0-i2v · image to video */
        Happyhorse10I2vImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "happyhorse-1.0-i2v";
            first_frame_image_url: string;
            prompt?: string;
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            duration_seconds?: number;
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** happyhorse-image-to-video · image to video */
        HappyhorseImageToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "happyhorse-image-to-video";
            first_frame_image_url: string;
            prompt?: string;
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            duration_seconds?: number;
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** happyhorse-1.0-r2v · text to video */
        Happyhorse10R2vTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "happyhorse-1.0-r2v";
            prompt?: string;
            reference_image_urls: string[];
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            /** @enum {string} */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            duration_seconds?: number;
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** happyhorse-1.0-t2v · text to video */
        Happyhorse10T2vTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "happyhorse-1.0-t2v";
            prompt?: string;
            reference_image_urls?: string[];
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            /** @enum {string} */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            duration_seconds?: number;
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** happyhorse-character · text to video */
        HappyhorseCharacterTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "happyhorse-character";
            prompt?: string;
            reference_image_urls: string[];
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            /** @enum {string} */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            duration_seconds?: number;
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** happyhorse-text-to-video · text to video */
        HappyhorseTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "happyhorse-text-to-video";
            prompt?: string;
            reference_image_urls?: string[];
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            /** @enum {string} */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            duration_seconds?: number;
            seed?: number;
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
    createEditVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HappyhorseEditVideo"];
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
                "application/json": components["schemas"]["Happyhorse10I2vImageToVideo"] | components["schemas"]["HappyhorseImageToVideo"];
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
    createTextToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Happyhorse10R2vTextToVideo"] | components["schemas"]["Happyhorse10T2vTextToVideo"] | components["schemas"]["HappyhorseCharacterTextToVideo"] | components["schemas"]["HappyhorseTextToVideo"];
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
