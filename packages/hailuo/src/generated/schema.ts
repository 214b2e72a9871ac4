// Generated from specs/hailuo.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/hailuo/image_to_video": {
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
    "/api/v1/hailuo/image_to_video/{id}": {
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
    "/api/v1/hailuo/text_to_video": {
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
    "/api/v1/hailuo/text_to_video/{id}": {
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
        /** hailuo-02-image-to-video-pro · image to video */
        Hailuo02ImageToVideoPro: {
            /**
             * The model to run: hailuo-02-image-to-video-pro · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/hailuo/image_to_video`). Price: 57¢.
             */
            model: "hailuo-02-image-to-video-pro";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** A whole number. */
            duration_seconds?: number;
            output_resolution?: string;
            prompt_optimizer?: boolean;
            /** Enable the safety checker. */
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** hailuo-02-image-to-video-standard · image to video */
        Hailuo02ImageToVideoStandard: {
            /**
             * The model to run: hailuo-02-image-to-video-standard · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/hailuo/image_to_video`). Price: from 12¢ to 50¢ by duration_seconds × output_resolution.
             */
            model: "hailuo-02-image-to-video-standard";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** One of: `6`, `10`. */
            duration_seconds?: 6 | 10;
            /** One of: `512p`, `768p`. */
            output_resolution?: "512p" | "768p";
            prompt_optimizer?: boolean;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** hailuo-2.3-image-to-video-pro · image to video */
        Hailuo23ImageToVideoPro: {
            /**
             * The model to run: hailuo-2.3-image-to-video-pro · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/hailuo/image_to_video`). Price: from 45¢ to 90¢ by duration_seconds × output_resolution.
             */
            model: "hailuo-2.3-image-to-video-pro";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** One of: `6`, `10`. */
            duration_seconds?: 6 | 10;
            /** One of: `768p`, `1080p`. */
            output_resolution?: "768p" | "1080p";
            prompt_optimizer?: boolean;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** hailuo-2.3-image-to-video-standard · image to video */
        Hailuo23ImageToVideoStandard: {
            /**
             * The model to run: hailuo-2.3-image-to-video-standard · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/hailuo/image_to_video`). Price: from 30¢ to 50¢ by duration_seconds × output_resolution.
             */
            model: "hailuo-2.3-image-to-video-standard";
            prompt?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** One of: `6`, `10`. */
            duration_seconds?: 6 | 10;
            /** One of: `768p`, `1080p`. */
            output_resolution?: "768p" | "1080p";
            prompt_optimizer?: boolean;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** hailuo-02-text-to-video-pro · text to video */
        Hailuo02TextToVideoPro: {
            /**
             * The model to run: hailuo-02-text-to-video-pro · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/hailuo/text_to_video`). Price: 57¢.
             */
            model: "hailuo-02-text-to-video-pro";
            prompt?: string;
            /** A whole number. */
            duration_seconds?: number;
            prompt_optimizer?: boolean;
            enable_safety_checker?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** hailuo-02-text-to-video-standard · text to video */
        Hailuo02TextToVideoStandard: {
            /**
             * The model to run: hailuo-02-text-to-video-standard · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/hailuo/text_to_video`). Price: 30¢ (duration_seconds 6) · 50¢ (duration_seconds 10).
             */
            model: "hailuo-02-text-to-video-standard";
            prompt?: string;
            /** One of: `6`, `10`. */
            duration_seconds?: 6 | 10;
            prompt_optimizer?: boolean;
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
    createImageToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Hailuo02ImageToVideoPro"] | components["schemas"]["Hailuo02ImageToVideoStandard"] | components["schemas"]["Hailuo23ImageToVideoPro"] | components["schemas"]["Hailuo23ImageToVideoStandard"];
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
                "application/json": components["schemas"]["Hailuo02TextToVideoPro"] | components["schemas"]["Hailuo02TextToVideoStandard"];
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
