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
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-5-pro-layer-decomposition";
            /** @description Exactly one public PNG, JPEG, WebP, BMP, TIFF, or GIF image URL; HEIC and HEIF are unsupported. Maximum 30 MB, 262,144-36,000,000 total pixels, and aspect ratio 1:16-16:1. */
            image_url: string;
            /** @description Optional instructions describing which elements to separate. */
            prompt?: string;
            /**
             * @default auto
             * @enum {string}
             */
            size?: "auto" | "1K" | "1.5K" | "2K";
            /**
             * @description Base image format. Separated layers are PNG.
             * @default jpeg
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-4.5-edit · edit image */
        Seedream45EditEditImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-4.5-edit";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** @enum {string} */
            output_quality: "basic" | "high";
            source_image_urls: string[];
            output_resolution?: string;
            output_count?: number;
            seed?: number;
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-5-lite-edit · edit image */
        Seedream5LiteEditEditImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-5-lite-edit";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** @enum {string} */
            output_quality: "basic" | "high" | "ultra";
            /**
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            source_image_urls: string[];
            output_resolution?: string;
            output_count?: number;
            seed?: number;
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-5-pro-edit · edit image */
        Seedream5ProEditEditImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-5-pro-edit";
            prompt: string;
            /** @enum {string} */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** @enum {string} */
            output_quality: "basic" | "high";
            /**
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            source_image_urls: string[];
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-v4-edit · edit image */
        SeedreamV4EditEditImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-v4-edit";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "16:9" | "9:16" | "21:9";
            output_quality?: string;
            source_image_urls: string[];
            /** @enum {string} */
            output_resolution?: "1k" | "2k" | "4k";
            /** @enum {integer} */
            output_count?: 1 | 2 | 3 | 4 | 5 | 6;
            seed?: number;
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-4.5-text-to-image · text to image */
        Seedream45TextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-4.5-text-to-image";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** @enum {string} */
            output_quality: "basic" | "high";
            output_resolution?: string;
            output_count?: number;
            seed?: number;
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-5-lite-text-to-image · text to image */
        Seedream5LiteTextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-5-lite-text-to-image";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** @enum {string} */
            output_quality: "basic" | "high" | "ultra";
            /**
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            output_resolution?: string;
            output_count?: number;
            seed?: number;
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-5-pro-text-to-image · text to image */
        Seedream5ProTextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-5-pro-text-to-image";
            prompt: string;
            /** @enum {string} */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /** @enum {string} */
            output_quality: "basic" | "high";
            /**
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedream-v4-text-to-image · text to image */
        SeedreamV4TextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedream-v4-text-to-image";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "16:9" | "9:16" | "21:9";
            output_quality?: string;
            /** @enum {string} */
            output_resolution?: "1k" | "2k" | "4k";
            /** @enum {integer} */
            output_count?: 1 | 2 | 3 | 4 | 5 | 6;
            seed?: number;
            enable_safety_checker?: boolean;
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
