// Generated from specs/ideogram-v3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/ideogram_v3/edit_image": {
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
    "/api/v1/ideogram_v3/edit_image/{id}": {
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
    "/api/v1/ideogram_v3/reframe_image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a reframe-image task. */
        post: operations["createReframeImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideogram_v3/reframe_image/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a reframe-image task. */
        get: operations["getReframeImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideogram_v3/remix_image": {
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
    "/api/v1/ideogram_v3/remix_image/{id}": {
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
    "/api/v1/ideogram_v3/text_to_image": {
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
    "/api/v1/ideogram_v3/text_to_image/{id}": {
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
        /** ideogram-v3-character-edit · edit image */
        IdeogramV3CharacterEditEditImage: {
            /**
             * The model to run: ideogram-v3-character-edit · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/ideogram_v3/edit_image`). Price: 12¢ (rendering_speed turbo) · 18¢ (rendering_speed balanced) · 24¢ (rendering_speed quality).
             */
            model: "ideogram-v3-character-edit";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            mask_url: string;
            /** One of: `turbo`, `balanced`, `quality`. */
            rendering_speed?: "turbo" | "balanced" | "quality";
            /** One of: `auto`, `realistic`, `fiction`. */
            style?: "auto" | "realistic" | "fiction";
            enable_prompt_expansion?: boolean;
            /** One of: `1`, `2`, `3`, `4`. */
            output_count?: 1 | 2 | 3 | 4;
            /** A whole number. */
            seed?: number;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** ideogram-v3-edit · edit image */
        IdeogramV3EditEditImage: {
            /**
             * The model to run: ideogram-v3-edit · edit image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/ideogram_v3/edit_image`). Price: 3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality).
             */
            model: "ideogram-v3-edit";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            mask_url: string;
            /** One of: `turbo`, `balanced`, `quality`. */
            rendering_speed?: "turbo" | "balanced" | "quality";
            style?: string;
            enable_prompt_expansion?: boolean;
            /** One of: `1`, `2`, `3`, `4`. */
            output_count?: 1 | 2 | 3 | 4;
            /** A whole number. */
            seed?: number;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** ideogram-v3-reframe · reframe image */
        IdeogramV3ReframeReframeImage: {
            /**
             * The model to run: ideogram-v3-reframe · reframe image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/ideogram_v3/reframe_image`). Price: 3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality).
             */
            model: "ideogram-v3-reframe";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** One of: `1:1`, `3:4`, `9:16`, `4:3`, `16:9`. */
            aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
            /** One of: `turbo`, `balanced`, `quality`. */
            rendering_speed?: "turbo" | "balanced" | "quality";
            /** One of: `auto`, `general`, `realistic`, `design`. */
            style?: "auto" | "general" | "realistic" | "design";
            /** One of: `1`, `2`, `3`, `4`. */
            output_count?: 1 | 2 | 3 | 4;
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** ideogram-v3-character-remix · remix image */
        IdeogramV3CharacterRemixRemixImage: {
            /**
             * The model to run: ideogram-v3-character-remix · remix image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/ideogram_v3/remix_image`). Price: 12¢ (rendering_speed turbo) · 18¢ (rendering_speed balanced) · 24¢ (rendering_speed quality).
             */
            model: "ideogram-v3-character-remix";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** One of: `turbo`, `balanced`, `quality`. */
            rendering_speed?: "turbo" | "balanced" | "quality";
            /** One of: `auto`, `realistic`, `fiction`. */
            style?: "auto" | "realistic" | "fiction";
            enable_prompt_expansion?: boolean;
            /** One of: `1:1`, `3:4`, `9:16`, `4:3`, `16:9`. */
            aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
            /** One of: `1`, `2`, `3`, `4`. */
            output_count?: 1 | 2 | 3 | 4;
            /** A whole number. */
            seed?: number;
            strength?: number;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            style_reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_mask_urls?: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** ideogram-v3-remix · remix image */
        IdeogramV3RemixRemixImage: {
            /**
             * The model to run: ideogram-v3-remix · remix image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/ideogram_v3/remix_image`). Price: 3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality).
             */
            model: "ideogram-v3-remix";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_image_url: string;
            /** One of: `turbo`, `balanced`, `quality`. */
            rendering_speed?: "turbo" | "balanced" | "quality";
            /** One of: `auto`, `general`, `realistic`, `design`. */
            style?: "auto" | "general" | "realistic" | "design";
            enable_prompt_expansion?: boolean;
            /** One of: `1:1`, `3:4`, `9:16`, `4:3`, `16:9`. */
            aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
            /** One of: `1`, `2`, `3`, `4`. */
            output_count?: 1 | 2 | 3 | 4;
            /** A whole number. */
            seed?: number;
            strength?: number;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            style_reference_image_urls?: string[];
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_mask_urls?: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** ideogram-v3-character · text to image */
        IdeogramV3CharacterTextToImage: {
            /**
             * The model to run: ideogram-v3-character · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/ideogram_v3/text_to_image`). Price: 12¢ (rendering_speed turbo) · 18¢ (rendering_speed balanced) · 24¢ (rendering_speed quality).
             */
            model: "ideogram-v3-character";
            prompt?: string;
            /** One of: `turbo`, `balanced`, `quality`. */
            rendering_speed?: "turbo" | "balanced" | "quality";
            /** One of: `auto`, `realistic`, `fiction`. */
            style?: "auto" | "realistic" | "fiction";
            enable_prompt_expansion?: boolean;
            /** One of: `1:1`, `3:4`, `9:16`, `4:3`, `16:9`. */
            aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
            /** One of: `1`, `2`, `3`, `4`. */
            output_count?: 1 | 2 | 3 | 4;
            /** A whole number. */
            seed?: number;
            negative_prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** ideogram-v3-text-to-image · text to image */
        IdeogramV3TextToImage: {
            /**
             * The model to run: ideogram-v3-text-to-image · text to image.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/ideogram_v3/text_to_image`). Price: 3.5¢ (rendering_speed turbo) · 7¢ (rendering_speed balanced) · 10¢ (rendering_speed quality).
             */
            model: "ideogram-v3-text-to-image";
            prompt?: string;
            /** One of: `turbo`, `balanced`, `quality`. */
            rendering_speed?: "turbo" | "balanced" | "quality";
            /** One of: `auto`, `general`, `realistic`, `design`. */
            style?: "auto" | "general" | "realistic" | "design";
            enable_prompt_expansion?: boolean;
            /** One of: `1:1`, `3:4`, `9:16`, `4:3`, `16:9`. */
            aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
            /** One of: `1`, `2`, `3`, `4`. */
            output_count?: 1 | 2 | 3 | 4;
            /** A whole number. */
            seed?: number;
            negative_prompt?: string;
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
                "application/json": components["schemas"]["IdeogramV3CharacterEditEditImage"] | components["schemas"]["IdeogramV3EditEditImage"];
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
    createReframeImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramV3ReframeReframeImage"];
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
    getReframeImage: {
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
                "application/json": components["schemas"]["IdeogramV3CharacterRemixRemixImage"] | components["schemas"]["IdeogramV3RemixRemixImage"];
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
                "application/json": components["schemas"]["IdeogramV3CharacterTextToImage"] | components["schemas"]["IdeogramV3TextToImage"];
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
