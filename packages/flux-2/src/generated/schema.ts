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
             * The model to run: Flux 2 Pro · text to image. Fast, affordable Flux 2 generation from a prompt.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/text_to_image`). Price: 5¢ (output_resolution 1k) · 7¢ (output_resolution 2k).
             */
            model: "flux-2-pro-text-to-image";
            /**
             * What to draw, or how to change the source images.
             *
             * 3–5000 characters.
             */
            prompt: components["schemas"]["Prompt"];
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`.
             * @default 1:1
             */
            aspect_ratio?: components["schemas"]["AspectRatio"];
            /**
             * Output resolution; 2k costs more.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: components["schemas"]["OutputResolution"];
            /** Run the provider's safety checker on the output. */
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /**
         * Flux 2 Flex · text to image
         * @description Flux 2 with finer control over typography and detail, from a prompt.
         */
        Flux2FlexTextToImage: {
            /**
             * The model to run: Flux 2 Flex · text to image. Flux 2 with finer control over typography and detail, from a prompt.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/text_to_image`). Price: 14¢ (output_resolution 1k) · 24¢ (output_resolution 2k).
             */
            model: "flux-2-flex-text-to-image";
            /**
             * What to draw, or how to change the source images.
             *
             * 3–5000 characters.
             */
            prompt: components["schemas"]["Prompt"];
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`.
             * @default 1:1
             */
            aspect_ratio?: components["schemas"]["AspectRatio"];
            /**
             * Output resolution; 2k costs more.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: components["schemas"]["OutputResolution"];
            /** Run the provider's safety checker on the output. */
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /**
         * Flux 2 Pro · image to image
         * @description Fast, affordable Flux 2 edits of 1–8 source images.
         */
        Flux2ProImageToImage: {
            /**
             * The model to run: Flux 2 Pro · image to image. Fast, affordable Flux 2 edits of 1–8 source images.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/image_to_image`). Price: 5¢ (output_resolution 1k) · 7¢ (output_resolution 2k).
             */
            model: "flux-2-pro-image-to-image";
            /**
             * What to draw, or how to change the source images.
             *
             * 3–5000 characters.
             */
            prompt: components["schemas"]["Prompt"];
            /**
             * Public HTTP(S) URLs of the source images.
             *
             * 1–8 items. Each item: must match `^https?://`. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            source_image_urls: components["schemas"]["SourceImageUrls"];
            /**
             * Output aspect ratio; `auto` keeps the first source image's ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`, `auto`.
             * @default 1:1
             */
            aspect_ratio?: components["schemas"]["SourceAspectRatio"];
            /**
             * Output resolution; 2k costs more.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: components["schemas"]["OutputResolution"];
            /** Run the provider's safety checker on the output. */
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /**
         * Flux 2 Flex · image to image
         * @description Flux 2 edits of 1–8 source images with finer control over typography and detail.
         */
        Flux2FlexImageToImage: {
            /**
             * The model to run: Flux 2 Flex · image to image. Flux 2 edits of 1–8 source images with finer control over typography and detail.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/image_to_image`). Price: 14¢ (output_resolution 1k) · 24¢ (output_resolution 2k).
             */
            model: "flux-2-flex-image-to-image";
            /**
             * What to draw, or how to change the source images.
             *
             * 3–5000 characters.
             */
            prompt: components["schemas"]["Prompt"];
            /**
             * Public HTTP(S) URLs of the source images.
             *
             * 1–8 items. Each item: must match `^https?://`. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            source_image_urls: components["schemas"]["SourceImageUrls"];
            /**
             * Output aspect ratio; `auto` keeps the first source image's ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`, `auto`.
             * @default 1:1
             */
            aspect_ratio?: components["schemas"]["SourceAspectRatio"];
            /**
             * Output resolution; 2k costs more.
             *
             * One of: `1k`, `2k`.
             * @default 1k
             */
            output_resolution?: components["schemas"]["OutputResolution"];
            /** Run the provider's safety checker on the output. */
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: components["schemas"]["CallbackUrl"];
        };
        /** flux-2-flex-remix-image · remix image */
        Flux2FlexRemixImage: {
            /**
             * The model to run: flux-2-flex-remix-image · remix image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/remix_image`). Price: 14¢ (output_resolution 1k) · 24¢ (output_resolution 2k).
             */
            model: "flux-2-flex-remix-image";
            /**
             * Image editing instruction.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Public source image URLs.
             *
             * 1–8 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            source_image_urls: string[];
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`, `auto`.
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * Output resolution.
             *
             * One of: `1k`, `2k`.
             */
            output_resolution?: "1k" | "2k";
            /** Enable the safety checker. */
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** flux-2-max-remix-image · remix image */
        Flux2MaxRemixImage: {
            /**
             * The model to run: flux-2-max-remix-image · remix image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/remix_image`). Price: not published.
             */
            model: "flux-2-max-remix-image";
            /**
             * Image editing instruction.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Exactly one public HTTP(S) source image URL.
             *
             * Exactly 1 item. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            source_image_urls: string[];
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`.
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * Output resolution.
             *
             * One of: `1k`.
             * @default 1k
             */
            output_resolution?: "1k";
            /**
             * Number of images to generate.
             *
             * One of: `1`.
             * @default 1
             */
            output_count?: 1;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** flux-2-pro-remix-image · remix image */
        Flux2ProRemixImage: {
            /**
             * The model to run: flux-2-pro-remix-image · remix image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/remix_image`). Price: 5¢ (output_resolution 1k) · 7¢ (output_resolution 2k).
             */
            model: "flux-2-pro-remix-image";
            /**
             * Image editing instruction.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Public source image URLs.
             *
             * 1–8 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            source_image_urls: string[];
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`, `auto`.
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * Output resolution.
             *
             * One of: `1k`, `2k`.
             */
            output_resolution?: "1k" | "2k";
            /** Enable the safety checker. */
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** flux-2-max-text-to-image · text to image */
        Flux2MaxTextToImage: {
            /**
             * The model to run: flux-2-max-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/flux_2/text_to_image`). Price: not published.
             */
            model: "flux-2-max-text-to-image";
            /**
             * Image description.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Output aspect ratio.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `3:2`, `2:3`.
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * Output resolution.
             *
             * One of: `1k`.
             * @default 1k
             */
            output_resolution?: "1k";
            /**
             * Number of images to generate.
             *
             * One of: `1`.
             * @default 1
             */
            output_count?: 1;
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
