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
             * The model to run: happyhorse-edit-video · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/happyhorse/edit_video`). Price: per second of output: 28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p).
             */
            model: "happyhorse-edit-video";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_video_url: string;
            /** At most 5 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `auto`, `original`. */
            audio_setting?: "auto" | "original";
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** happyhorse-1.0-i2v · image to video */
        Happyhorse10I2vImageToVideo: {
            /**
             * The model to run: happyhorse-1.0-i2v · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/happyhorse/image_to_video`). Price: 31.5¢ (output_resolution 720p) · 54¢ (output_resolution 1080p).
             */
            model: "happyhorse-1.0-i2v";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            prompt?: string;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** A whole number. */
            duration_seconds?: number;
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** happyhorse-image-to-video · image to video */
        HappyhorseImageToVideo: {
            /**
             * The model to run: happyhorse-image-to-video · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/happyhorse/image_to_video`). Price: 28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p).
             */
            model: "happyhorse-image-to-video";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            prompt?: string;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** A whole number. */
            duration_seconds?: number;
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** happyhorse-1.0-r2v · text to video */
        Happyhorse10R2vTextToVideo: {
            /**
             * The model to run: happyhorse-1.0-r2v · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/happyhorse/text_to_video`). Price: 31.5¢ (output_resolution 720p) · 54¢ (output_resolution 1080p).
             */
            model: "happyhorse-1.0-r2v";
            prompt?: string;
            /** 1–9 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls: string[];
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`. */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /** A whole number. */
            duration_seconds?: number;
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** happyhorse-1.0-t2v · text to video */
        Happyhorse10T2vTextToVideo: {
            /**
             * The model to run: happyhorse-1.0-t2v · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/happyhorse/text_to_video`). Price: 31.5¢ (output_resolution 720p) · 54¢ (output_resolution 1080p).
             */
            model: "happyhorse-1.0-t2v";
            prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`. */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /** A whole number. */
            duration_seconds?: number;
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** happyhorse-character · text to video */
        HappyhorseCharacterTextToVideo: {
            /**
             * The model to run: happyhorse-character · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/happyhorse/text_to_video`). Price: 28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p).
             */
            model: "happyhorse-character";
            prompt?: string;
            /** 1–9 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls: string[];
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`. */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /** A whole number. */
            duration_seconds?: number;
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** happyhorse-text-to-video · text to video */
        HappyhorseTextToVideo: {
            /**
             * The model to run: happyhorse-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/happyhorse/text_to_video`). Price: 28¢ (output_resolution 720p) · 48¢ (output_resolution 1080p).
             */
            model: "happyhorse-text-to-video";
            prompt?: string;
            /** Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`. */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /** A whole number. */
            duration_seconds?: number;
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
        VideoOutput: {
            /** A temporary URL; download within 7 days. */
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
