// Generated from specs/flux-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/flux_2/text_to_image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate an image from a prompt. */
        post: operations["createTextToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flux_2/text_to_image/{id}": {
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
    "/api/v1/flux_2/image_to_image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate an image from a prompt and 1–8 source images. */
        post: operations["createImageToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flux_2/image_to_image/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an image-to-image task. */
        get: operations["getImageToImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flux_2/remix_image": {
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
    "/api/v1/flux_2/remix_image/{id}": {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description What to draw, or how to change the source images. */
        Prompt: string;
        /**
         * @description Output aspect ratio.
         * @default 1:1
         * @enum {string}
         */
        AspectRatio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
        /**
         * @description Output aspect ratio; `auto` keeps the first source image's ratio.
         * @default 1:1
         * @enum {string}
         */
        SourceAspectRatio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
        /**
         * @description Output resolution; 2k costs more.
         * @default 1k
         * @enum {string}
         */
        OutputResolution: "1k" | "2k";
        /** @description Run the provider's safety checker on the output. */
        EnableSafetyChecker: boolean;
        /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
        CallbackUrl: string;
        /** @description Public HTTP(S) URLs of the source images. */
        SourceImageUrls: string[];
        /**
         * Flux 2 Pro · text to image
         * @description Fast, affordable Flux 2 generation from a prompt.
         */
        Flux2ProTextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-pro-text-to-image";
            prompt: components["schemas"]["Prompt"];
            aspect_ratio?: components["schemas"]["AspectRatio"];
            output_resolution?: components["schemas"]["OutputResolution"];
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /**
         * Flux 2 Flex · text to image
         * @description Flux 2 with finer control over typography and detail, from a prompt.
         */
        Flux2FlexTextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-flex-text-to-image";
            prompt: components["schemas"]["Prompt"];
            aspect_ratio?: components["schemas"]["AspectRatio"];
            output_resolution?: components["schemas"]["OutputResolution"];
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /**
         * Flux 2 Pro · image to image
         * @description Fast, affordable Flux 2 edits of 1–8 source images.
         */
        Flux2ProImageToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-pro-image-to-image";
            prompt: components["schemas"]["Prompt"];
            source_image_urls: components["schemas"]["SourceImageUrls"];
            aspect_ratio?: components["schemas"]["SourceAspectRatio"];
            output_resolution?: components["schemas"]["OutputResolution"];
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /**
         * Flux 2 Flex · image to image
         * @description Flux 2 edits of 1–8 source images with finer control over typography and detail.
         */
        Flux2FlexImageToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-flex-image-to-image";
            prompt: components["schemas"]["Prompt"];
            source_image_urls: components["schemas"]["SourceImageUrls"];
            aspect_ratio?: components["schemas"]["SourceAspectRatio"];
            output_resolution?: components["schemas"]["OutputResolution"];
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /** flux-2-flex-remix-image · remix image */
        Flux2FlexRemixImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-flex-remix-image";
            /** @description Image editing instruction. */
            prompt: string;
            /** @description Public source image URLs. */
            source_image_urls: string[];
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Output resolution.
             * @enum {string}
             */
            output_resolution?: "1k" | "2k";
            /** @description Enable the safety checker. */
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** flux-2-max-remix-image · remix image */
        Flux2MaxRemixImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-max-remix-image";
            /** @description Image editing instruction. */
            prompt: string;
            /** @description Exactly one public HTTP(S) source image URL. */
            source_image_urls: string[];
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * @description Output resolution.
             * @default 1k
             * @enum {string}
             */
            output_resolution?: "1k";
            /**
             * @description Number of images to generate.
             * @default 1
             * @enum {integer}
             */
            output_count?: 1;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** flux-2-pro-remix-image · remix image */
        Flux2ProRemixImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-pro-remix-image";
            /** @description Image editing instruction. */
            prompt: string;
            /** @description Public source image URLs. */
            source_image_urls: string[];
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Output resolution.
             * @enum {string}
             */
            output_resolution?: "1k" | "2k";
            /** @description Enable the safety checker. */
            enable_safety_checker?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** flux-2-max-text-to-image · text to image */
        Flux2MaxTextToImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "flux-2-max-text-to-image";
            /** @description Image description. */
            prompt: string;
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * @description Output resolution.
             * @default 1k
             * @enum {string}
             */
            output_resolution?: "1k";
            /**
             * @description Number of images to generate.
             * @default 1
             * @enum {integer}
             */
            output_count?: 1;
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
    createTextToImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2ProTextToImage"] | components["schemas"]["Flux2FlexTextToImage"] | components["schemas"]["Flux2MaxTextToImage"];
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
    createImageToImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2ProImageToImage"] | components["schemas"]["Flux2FlexImageToImage"];
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
    getImageToImage: {
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
    createRemixImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2FlexRemixImage"] | components["schemas"]["Flux2MaxRemixImage"] | components["schemas"]["Flux2ProRemixImage"];
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
}
