// Generated from specs/qwen-3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/qwen_3/edit_image": {
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
    "/api/v1/qwen_3/edit_image/{id}": {
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
    "/api/v1/qwen_3/text_to_image": {
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
    "/api/v1/qwen_3/text_to_image/{id}": {
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
        /** qwen-3-edit-image · edit image */
        Qwen3EditImage: {
            /**
             * The model to run: qwen-3-edit-image · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/qwen_3/edit_image`). Price: not published.
             */
            model: "qwen-3-edit-image";
            /**
             * Image editing prompt.
             *
             * 1–800 characters.
             */
            prompt: string;
            /**
             * Public source image URLs; one to three images.
             *
             * 1–3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            source_image_urls: string[];
            /**
             * Output image resolution.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: "1k" | "2k";
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `3:2`, `2:3`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`.
             * @default 16:9
             */
            aspect_ratio?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * Output image format.
             *
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            /**
             * Whether RunAPI expands the prompt before generation.
             * @default true
             */
            enable_prompt_expansion?: boolean;
            /**
             * Whether RunAPI checks generated content for safety.
             * @default false
             */
            enable_safety_checker?: boolean;
            /**
             * Content to avoid in the generated image.
             *
             * At most 5000 characters.
             */
            negative_prompt?: string;
            /**
             * Integer seed for reproducible results.
             *
             * A whole number from 0 to 2147483647.
             * @default 1
             */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** qwen-3-pro-edit-image · edit image */
        Qwen3ProEditImage: {
            /**
             * The model to run: qwen-3-pro-edit-image · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/qwen_3/edit_image`). Price: not published.
             */
            model: "qwen-3-pro-edit-image";
            /**
             * Image editing prompt.
             *
             * 1–800 characters.
             */
            prompt: string;
            /**
             * Public source image URLs; one to three images.
             *
             * 1–3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            source_image_urls: string[];
            /**
             * Output image resolution.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: "1k" | "2k";
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `3:2`, `2:3`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`.
             * @default 16:9
             */
            aspect_ratio?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * Output image format.
             *
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            /**
             * Whether RunAPI expands the prompt before generation.
             * @default true
             */
            enable_prompt_expansion?: boolean;
            /**
             * Whether RunAPI checks generated content for safety.
             * @default false
             */
            enable_safety_checker?: boolean;
            /**
             * Content to avoid in the generated image.
             *
             * At most 5000 characters.
             */
            negative_prompt?: string;
            /**
             * Integer seed for reproducible results.
             *
             * A whole number from 0 to 2147483647.
             * @default 1
             */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** qwen-3-pro-text-to-image · text to image */
        Qwen3ProTextToImage: {
            /**
             * The model to run: qwen-3-pro-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/qwen_3/text_to_image`). Price: not published.
             */
            model: "qwen-3-pro-text-to-image";
            /**
             * Image generation prompt.
             *
             * 1–800 characters.
             */
            prompt: string;
            /**
             * Output image resolution.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: "1k" | "2k";
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `3:2`, `2:3`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`.
             * @default 16:9
             */
            aspect_ratio?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * Output image format.
             *
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            /**
             * Whether RunAPI expands the prompt before generation.
             * @default true
             */
            enable_prompt_expansion?: boolean;
            /**
             * Whether RunAPI checks generated content for safety.
             * @default false
             */
            enable_safety_checker?: boolean;
            /**
             * Content to avoid in the generated image.
             *
             * At most 5000 characters.
             */
            negative_prompt?: string;
            /**
             * Integer seed for reproducible results.
             *
             * A whole number from 0 to 2147483647.
             * @default 1
             */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** qwen-3-text-to-image · text to image */
        Qwen3TextToImage: {
            /**
             * The model to run: qwen-3-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/qwen_3/text_to_image`). Price: not published.
             */
            model: "qwen-3-text-to-image";
            /**
             * Image generation prompt.
             *
             * 1–800 characters.
             */
            prompt: string;
            /**
             * Output image resolution.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: "1k" | "2k";
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `3:2`, `2:3`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`.
             * @default 16:9
             */
            aspect_ratio?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * Output image format.
             *
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            /**
             * Whether RunAPI expands the prompt before generation.
             * @default true
             */
            enable_prompt_expansion?: boolean;
            /**
             * Whether RunAPI checks generated content for safety.
             * @default false
             */
            enable_safety_checker?: boolean;
            /**
             * Content to avoid in the generated image.
             *
             * At most 5000 characters.
             */
            negative_prompt?: string;
            /**
             * Integer seed for reproducible results.
             *
             * A whole number from 0 to 2147483647.
             * @default 1
             */
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
    createEditImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Qwen3EditImage"] | components["schemas"]["Qwen3ProEditImage"];
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
                "application/json": components["schemas"]["Qwen3ProTextToImage"] | components["schemas"]["Qwen3TextToImage"];
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
