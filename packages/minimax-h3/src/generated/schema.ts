// Generated from specs/minimax-h3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/minimax_h3/image_to_video": {
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
    "/api/v1/minimax_h3/image_to_video/{id}": {
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
    "/api/v1/minimax_h3/text_to_video": {
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
    "/api/v1/minimax_h3/text_to_video/{id}": {
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
        /** minimax-h3 · image to video */
        MinimaxH3ImageToVideo: {
            /**
             * The model to run: minimax-h3 · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/minimax_h3/image_to_video`). Price: not published.
             */
            model: "minimax-h3";
            /**
             * Video generation prompt.
             *
             * 1–7000 characters.
             */
            prompt: string;
            /**
             * Public HTTP(S) first-frame image URL; JPG, JPEG, PNG, WEBP, HEIC, or HEIF, up to 30 MB, 256-5760 pixels per side, with aspect ratio 0.4-2.5.
             *
             * Must match `^https?://`. Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url?: string;
            /**
             * Public HTTP(S) final-frame image URL; JPG, JPEG, PNG, WEBP, HEIC, or HEIF, up to 30 MB, 256-5760 pixels per side, with aspect ratio 0.4-2.5.
             *
             * Must match `^https?://`. Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * Generated video duration in seconds.
             *
             * One of: `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 6
             */
            duration_seconds?: 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Generated video resolution.
             *
             * One of: `768p`, `2k`.
             * @default 2k
             */
            output_resolution?: "768p" | "2k";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & ((unknown | unknown) & {
            /**
             * The model to run: minimax-h3 · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/minimax_h3/image_to_video`). Price: not published.
             */
            model: "minimax-h3";
        });
        /** minimax-h3 · text to video */
        MinimaxH3TextToVideo: {
            /**
             * The model to run: minimax-h3 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/minimax_h3/text_to_video`). Price: not published.
             */
            model: "minimax-h3";
            /**
             * Video generation prompt.
             *
             * 1–7000 characters.
             */
            prompt: string;
            /**
             * Generated video duration in seconds.
             *
             * One of: `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`.
             * @default 6
             */
            duration_seconds?: 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Generated video resolution.
             *
             * One of: `768p`, `2k`.
             * @default 2k
             */
            output_resolution?: "768p" | "2k";
            /**
             * Generated video aspect ratio; adaptive is available only with reference media.
             *
             * One of: `adaptive`, `21:9`, `16:9`, `4:3`, `1:1`, `3:4`, `9:16`.
             */
            aspect_ratio?: "adaptive" | "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * Public HTTP(S) reference image URLs; JPG, JPEG, PNG, WEBP, HEIC, or HEIF, up to 30 MB each, 256-5760 pixels per side, with aspect ratio 0.4-2.5.
             *
             * At most 9 items. Each item: must match `^https?://`. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Public HTTP(S) MP4 or MOV reference video URLs; each clip must be 2-15 seconds and combined video duration must not exceed 15 seconds.
             *
             * At most 3 items. Each item: must match `^https?://`. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_video_urls?: string[];
            /**
             * Public HTTP(S) WAV or MP3 reference audio URLs; requires reference images or videos, each clip must be 2-15 seconds, and combined audio duration must not exceed 15 seconds.
             *
             * At most 3 items. Each item: must match `^https?://`. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_audio_urls?: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: minimax-h3 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/minimax_h3/text_to_video`). Price: not published.
             */
            model: "minimax-h3";
        });
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
                "application/json": components["schemas"]["MinimaxH3ImageToVideo"];
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
                "application/json": components["schemas"]["MinimaxH3TextToVideo"];
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
