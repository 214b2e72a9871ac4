// Generated from specs/imagen-4.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/imagen_4/remix_image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a remix-image task. */
        post: operations["createRemixImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imagen_4/remix_image/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a remix-image task. */
        get: operations["getRemixImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imagen_4/text_to_image": {
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
    "/api/v1/imagen_4/text_to_image/{id}": {
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
        /** imagen-4-pro-remix-image · remix image */
        Imagen4ProRemixImage: {
            /**
             * The model to run: imagen-4-pro-remix-image · remix image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/imagen_4/remix_image`). Price: 18¢ (output_resolution 1k) · 18¢ (output_resolution 2k) · 24¢ (output_resolution 4k).
             */
            model: "imagen-4-pro-remix-image";
            prompt?: string;
            /** 1–8 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls: string[];
            /** One of: `1:1`, `2:3`, `3:2`, `3:4`, `4:3`, `4:5`, `5:4`, `9:16`, `16:9`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "9:16" | "16:9" | "21:9" | "auto";
            /** One of: `1k`, `2k`, `4k`. */
            output_resolution?: "1k" | "2k" | "4k";
            /** One of: `png`, `jpg`. */
            output_format?: "png" | "jpg";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** imagen-4 · text to image */
        Imagen4TextToImage: {
            /**
             * The model to run: imagen-4 · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/imagen_4/text_to_image`). Price: 8¢.
             */
            model: "imagen-4";
            prompt?: string;
            negative_prompt?: string;
            /** One of: `1:1`, `16:9`, `9:16`, `3:4`, `4:3`. */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** imagen-4-fast · text to image */
        Imagen4FastTextToImage: {
            /**
             * The model to run: imagen-4-fast · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/imagen_4/text_to_image`). Price: 4¢.
             */
            model: "imagen-4-fast";
            prompt?: string;
            negative_prompt?: string;
            /** One of: `1:1`, `16:9`, `9:16`, `3:4`, `4:3`, `auto`. */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3" | "auto";
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** imagen-4-ultra · text to image */
        Imagen4UltraTextToImage: {
            /**
             * The model to run: imagen-4-ultra · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/imagen_4/text_to_image`). Price: 12¢.
             */
            model: "imagen-4-ultra";
            prompt?: string;
            negative_prompt?: string;
            /** One of: `1:1`, `16:9`, `9:16`, `3:4`, `4:3`. */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
            /** A whole number. */
            seed?: number;
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
    createRemixImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Imagen4ProRemixImage"];
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
    getRemixImage: {
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
                "application/json": components["schemas"]["Imagen4TextToImage"] | components["schemas"]["Imagen4FastTextToImage"] | components["schemas"]["Imagen4UltraTextToImage"];
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
