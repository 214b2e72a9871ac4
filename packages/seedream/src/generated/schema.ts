// Generated from specs/seedream.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/seedream/decompose_layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a decompose-layers task. */
        post: operations["createDecomposeLayers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/seedream/decompose_layers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a decompose-layers task. */
        get: operations["getDecomposeLayers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/seedream/edit_image": {
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
    "/api/v1/seedream/edit_image/{id}": {
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
    "/api/v1/seedream/text_to_image": {
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
    "/api/v1/seedream/text_to_image/{id}": {
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
        /** seedream-5-pro-layer-decomposition · decompose layers */
        Seedream5ProLayerDecompositionDecomposeLayers: {
            /**
             * The model to run: seedream-5-pro-layer-decomposition · decompose layers.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/decompose_layers`). Price: not published.
             */
            model: "seedream-5-pro-layer-decomposition";
            /**
             * Exactly one public PNG, JPEG, WebP, BMP, TIFF, or GIF image URL; HEIC and HEIF are unsupported. Maximum 30 MB, 262,144-36,000,000 total pixels, and aspect ratio 1:16-16:1.
             *
             * Must match `^https?://`. Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            image_url: string;
            /**
             * Optional instructions describing which elements to separate.
             *
             * At most 5000 characters.
             */
            prompt?: string;
            /**
             * One of: `auto`, `1K`, `1.5K`, `2K`.
             * @default auto
             */
            size?: "auto" | "1K" | "1.5K" | "2K";
            /**
             * Base image format. Separated layers are PNG.
             *
             * One of: `png`, `jpeg`.
             * @default jpeg
             */
            output_format?: "png" | "jpeg";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-4.5-edit · edit image */
        Seedream45EditEditImage: {
            /**
             * The model to run: seedream-4.5-edit · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/edit_image`). Price: 7¢.
             */
            model: "seedream-4.5-edit";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `2:3`, `3:2`, `21:9`. */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** One of: `basic`, `high`. */
            output_quality: "basic" | "high";
            /** 1–14 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls: string[];
            output_resolution?: string;
            /** A whole number. */
            output_count?: number;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-5-lite-edit · edit image */
        Seedream5LiteEditEditImage: {
            /**
             * The model to run: seedream-5-lite-edit · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/edit_image`). Price: 6¢.
             */
            model: "seedream-5-lite-edit";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `2:3`, `3:2`, `21:9`. */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** One of: `basic`, `high`, `ultra`. */
            output_quality: "basic" | "high" | "ultra";
            /**
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            /** 1–14 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls: string[];
            output_resolution?: string;
            /** A whole number. */
            output_count?: number;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-5-pro-edit · edit image */
        Seedream5ProEditEditImage: {
            /**
             * The model to run: seedream-5-pro-edit · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/edit_image`). Price: 7¢ (output_quality basic) · 14¢ (output_quality high).
             */
            model: "seedream-5-pro-edit";
            /** 3–5000 characters. */
            prompt: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `2:3`, `3:2`, `21:9`. */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** One of: `basic`, `high`. */
            output_quality: "basic" | "high";
            /**
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            /** 1–10 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls: string[];
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-v4-edit · edit image */
        SeedreamV4EditEditImage: {
            /**
             * The model to run: seedream-v4-edit · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/edit_image`). Price: 10¢ (output_count 1) · 20¢ (output_count 2) · 30¢ (output_count 3) · 40¢ (output_count 4) · 50¢ (output_count 5) · 60¢ (output_count 6).
             */
            model: "seedream-v4-edit";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `3:2`, `2:3`, `16:9`, `9:16`, `21:9`. */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "16:9" | "9:16" | "21:9";
            output_quality?: string;
            /** 1–10 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls: string[];
            /** One of: `1k`, `2k`, `4k`. */
            output_resolution?: "1k" | "2k" | "4k";
            /** One of: `1`, `2`, `3`, `4`, `5`, `6`. */
            output_count?: 1 | 2 | 3 | 4 | 5 | 6;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-4.5-text-to-image · text to image */
        Seedream45TextToImage: {
            /**
             * The model to run: seedream-4.5-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/text_to_image`). Price: 7¢.
             */
            model: "seedream-4.5-text-to-image";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `2:3`, `3:2`, `21:9`. */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** One of: `basic`, `high`. */
            output_quality: "basic" | "high";
            output_resolution?: string;
            /** A whole number. */
            output_count?: number;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-5-lite-text-to-image · text to image */
        Seedream5LiteTextToImage: {
            /**
             * The model to run: seedream-5-lite-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/text_to_image`). Price: 6¢.
             */
            model: "seedream-5-lite-text-to-image";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `2:3`, `3:2`, `21:9`. */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** One of: `basic`, `high`, `ultra`. */
            output_quality: "basic" | "high" | "ultra";
            /**
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            output_resolution?: string;
            /** A whole number. */
            output_count?: number;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-5-pro-text-to-image · text to image */
        Seedream5ProTextToImage: {
            /**
             * The model to run: seedream-5-pro-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/text_to_image`). Price: 7¢ (output_quality basic) · 14¢ (output_quality high).
             */
            model: "seedream-5-pro-text-to-image";
            /** 3–5000 characters. */
            prompt: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `2:3`, `3:2`, `21:9`. */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** One of: `basic`, `high`. */
            output_quality: "basic" | "high";
            /**
             * One of: `png`, `jpeg`.
             * @default png
             */
            output_format?: "png" | "jpeg";
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedream-v4-text-to-image · text to image */
        SeedreamV4TextToImage: {
            /**
             * The model to run: seedream-v4-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedream/text_to_image`). Price: 10¢.
             */
            model: "seedream-v4-text-to-image";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `3:2`, `2:3`, `16:9`, `9:16`, `21:9`. */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "16:9" | "9:16" | "21:9";
            output_quality?: string;
            /** One of: `1k`, `2k`, `4k`. */
            output_resolution?: "1k" | "2k" | "4k";
            /** One of: `1`, `2`, `3`, `4`, `5`, `6`. */
            output_count?: 1 | 2 | 3 | 4 | 5 | 6;
            /** A whole number. */
            seed?: number;
            enable_safety_checker?: boolean;
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
    createDecomposeLayers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Seedream5ProLayerDecompositionDecomposeLayers"];
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
    getDecomposeLayers: {
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
    createEditImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Seedream45EditEditImage"] | components["schemas"]["Seedream5LiteEditEditImage"] | components["schemas"]["Seedream5ProEditEditImage"] | components["schemas"]["SeedreamV4EditEditImage"];
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
                "application/json": components["schemas"]["Seedream45TextToImage"] | components["schemas"]["Seedream5LiteTextToImage"] | components["schemas"]["Seedream5ProTextToImage"] | components["schemas"]["SeedreamV4TextToImage"];
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
