// Generated from specs/nano-banana.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/nano_banana/edit_image": {
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
    "/api/v1/nano_banana/edit_image/{id}": {
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
    "/api/v1/nano_banana/text_to_image": {
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
    "/api/v1/nano_banana/text_to_image/{id}": {
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
        /** nano-banana-2-lite · edit image */
        NanoBanana2LiteEditImage: {
            /**
             * The model to run: nano-banana-2-lite · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/nano_banana/edit_image`). Price: 4¢.
             */
            model: "nano-banana-2-lite";
            /** 1–20000 characters. */
            prompt: string;
            /**
             * One of: `1:1`, `1:4`, `1:8`, `2:3`, `3:2`, `3:4`, `4:1`, `4:3`, `4:5`, `5:4`, `8:1`, `9:16`, `16:9`, `21:9`, `auto`.
             * @default auto
             */
            aspect_ratio: "1:1" | "1:4" | "1:8" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16" | "16:9" | "21:9" | "auto";
            /** 1–10 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** nano-banana-edit · edit image */
        NanoBananaEditEditImage: {
            /**
             * The model to run: nano-banana-edit · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/nano_banana/edit_image`). Price: 4¢.
             */
            model: "nano-banana-edit";
            prompt?: string;
            /** One of: `png`, `jpeg`. */
            output_format?: "png" | "jpeg";
            /** One of: `1:1`, `9:16`, `16:9`, `3:4`, `4:3`, `3:2`, `2:3`, `5:4`, `4:5`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** nano-banana · text to image */
        NanoBananaTextToImage: {
            /**
             * The model to run: nano-banana · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/nano_banana/text_to_image`). Price: 4¢.
             */
            model: "nano-banana";
            prompt?: string;
            /** One of: `png`, `jpeg`, `jpg`. */
            output_format?: "png" | "jpeg" | "jpg";
            /** One of: `1:1`, `9:16`, `16:9`, `3:4`, `4:3`, `3:2`, `2:3`, `5:4`, `4:5`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            output_resolution?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** nano-banana-2 · text to image */
        NanoBanana2TextToImage: {
            /**
             * The model to run: nano-banana-2 · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/nano_banana/text_to_image`). Price: 8¢ (output_resolution 1k) · 12¢ (output_resolution 2k) · 18¢ (output_resolution 4k).
             */
            model: "nano-banana-2";
            prompt?: string;
            /** One of: `png`, `jpeg`, `jpg`. */
            output_format?: "png" | "jpeg" | "jpg";
            /** One of: `1:1`, `1:4`, `1:8`, `2:3`, `3:2`, `3:4`, `4:1`, `4:3`, `4:5`, `5:4`, `8:1`, `9:16`, `16:9`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "1:4" | "1:8" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16" | "16:9" | "21:9" | "auto";
            /** One of: `1k`, `2k`, `4k`. */
            output_resolution?: "1k" | "2k" | "4k";
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** nano-banana-2-lite · text to image */
        NanoBanana2LiteTextToImage: {
            /**
             * The model to run: nano-banana-2-lite · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/nano_banana/text_to_image`). Price: 3¢.
             */
            model: "nano-banana-2-lite";
            /** 1–20000 characters. */
            prompt: string;
            /**
             * One of: `1:1`, `1:4`, `1:8`, `2:3`, `3:2`, `3:4`, `4:1`, `4:3`, `4:5`, `5:4`, `8:1`, `9:16`, `16:9`, `21:9`, `auto`.
             * @default auto
             */
            aspect_ratio: "1:1" | "1:4" | "1:8" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16" | "16:9" | "21:9" | "auto";
            /** At most 10 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** nano-banana-pro · text to image */
        NanoBananaProTextToImage: {
            /**
             * The model to run: nano-banana-pro · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/nano_banana/text_to_image`). Price: 18¢ (output_resolution 1k) · 18¢ (output_resolution 2k) · 24¢ (output_resolution 4k).
             */
            model: "nano-banana-pro";
            prompt?: string;
            /** One of: `png`, `jpeg`, `jpg`. */
            output_format?: "png" | "jpeg" | "jpg";
            /** One of: `1:1`, `2:3`, `3:2`, `3:4`, `4:3`, `4:5`, `5:4`, `9:16`, `16:9`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "9:16" | "16:9" | "21:9" | "auto";
            /** One of: `1k`, `2k`, `4k`. */
            output_resolution?: "1k" | "2k" | "4k";
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
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
    createEditImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NanoBanana2LiteEditImage"] | components["schemas"]["NanoBananaEditEditImage"];
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
    createTextToImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NanoBananaTextToImage"] | components["schemas"]["NanoBanana2TextToImage"] | components["schemas"]["NanoBanana2LiteTextToImage"] | components["schemas"]["NanoBananaProTextToImage"];
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
