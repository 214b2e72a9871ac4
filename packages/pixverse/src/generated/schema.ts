// Generated from specs/pixverse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/pixverse/edit_video": {
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
    "/api/v1/pixverse/edit_video/{id}": {
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
    "/api/v1/pixverse/extend_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an extend-video task. */
        post: operations["createExtendVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pixverse/extend_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an extend-video task. */
        get: operations["getExtendVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pixverse/image_to_video": {
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
    "/api/v1/pixverse/image_to_video/{id}": {
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
    "/api/v1/pixverse/text_to_video": {
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
    "/api/v1/pixverse/text_to_video/{id}": {
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
    "/api/v1/pixverse/transition_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a transition-video task. */
        post: operations["createTransitionVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pixverse/transition_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a transition-video task. */
        get: operations["getTransitionVideo"];
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
        /** pixverse-v6 · edit video */
        PixverseV6EditVideo: {
            /**
             * The model to run: pixverse-v6 · edit video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/pixverse/edit_video`). Price: not published.
             */
            model: "pixverse-v6";
            /**
             * Video description.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Output resolution.
             *
             * One of: `360p`, `540p`, `720p`, `1080p`.
             * @default 720p
             */
            output_resolution: "360p" | "540p" | "720p" | "1080p";
            /**
             * Duration in seconds.
             *
             * A whole number from 1 to 15.
             * @default 5
             */
            duration_seconds: number;
            /**
             * Enable synchronized audio generation.
             *
             * One of: `true`, `false`.
             * @default false
             */
            enable_audio?: true | false;
            /**
             * Random seed.
             *
             * A whole number from 0 to 2147483647.
             */
            seed?: number;
            /**
             * Ordered public reference image URLs.
             *
             * 1–7 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls: string[];
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `2:3`, `3:2`, `21:9`.
             * @default 16:9
             */
            aspect_ratio: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** pixverse-v6 · extend video */
        PixverseV6ExtendVideo: {
            /**
             * The model to run: pixverse-v6 · extend video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/pixverse/extend_video`). Price: not published.
             */
            model: "pixverse-v6";
            /**
             * Video continuation description.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Output resolution.
             *
             * One of: `360p`, `540p`, `720p`, `1080p`.
             * @default 720p
             */
            output_resolution: "360p" | "540p" | "720p" | "1080p";
            /**
             * Duration in seconds.
             *
             * A whole number from 1 to 15.
             * @default 5
             */
            duration_seconds: number;
            /**
             * Enable synchronized audio generation.
             *
             * One of: `true`, `false`.
             * @default false
             */
            enable_audio?: true | false;
            /**
             * Random seed.
             *
             * A whole number from 0 to 2147483647.
             */
            seed?: number;
            /** Completed PixVerse video task ID to extend. */
            source_task_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** pixverse-v6 · image to video */
        PixverseV6ImageToVideo: {
            /**
             * The model to run: pixverse-v6 · image to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/pixverse/image_to_video`). Price: not published.
             */
            model: "pixverse-v6";
            /**
             * Video description.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Output resolution.
             *
             * One of: `360p`, `540p`, `720p`, `1080p`.
             * @default 720p
             */
            output_resolution: "360p" | "540p" | "720p" | "1080p";
            /**
             * Duration in seconds.
             *
             * A whole number from 1 to 15.
             * @default 5
             */
            duration_seconds: number;
            /**
             * Enable synchronized audio generation.
             *
             * One of: `true`, `false`.
             * @default false
             */
            enable_audio?: true | false;
            /**
             * Random seed.
             *
             * A whole number from 0 to 2147483647.
             */
            seed?: number;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Enable multi-clip generation.
             * @default false
             */
            enable_multi_clip?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** pixverse-v6 · text to video */
        PixverseV6TextToVideo: {
            /**
             * The model to run: pixverse-v6 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/pixverse/text_to_video`). Price: not published.
             */
            model: "pixverse-v6";
            /**
             * Video description.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Output resolution.
             *
             * One of: `360p`, `540p`, `720p`, `1080p`.
             * @default 720p
             */
            output_resolution: "360p" | "540p" | "720p" | "1080p";
            /**
             * Duration in seconds.
             *
             * A whole number from 1 to 15.
             * @default 5
             */
            duration_seconds: number;
            /**
             * Enable synchronized audio generation.
             *
             * One of: `true`, `false`.
             * @default false
             */
            enable_audio?: true | false;
            /**
             * Random seed.
             *
             * A whole number from 0 to 2147483647.
             */
            seed?: number;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `2:3`, `3:2`, `21:9`.
             * @default 16:9
             */
            aspect_ratio: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * Enable multi-clip generation.
             * @default false
             */
            enable_multi_clip?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** pixverse-v6 · transition video */
        PixverseV6TransitionVideo: {
            /**
             * The model to run: pixverse-v6 · transition video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/pixverse/transition_video`). Price: not published.
             */
            model: "pixverse-v6";
            /**
             * Video description.
             *
             * 3–5000 characters.
             */
            prompt: string;
            /**
             * Output resolution.
             *
             * One of: `360p`, `540p`, `720p`, `1080p`.
             * @default 720p
             */
            output_resolution: "360p" | "540p" | "720p" | "1080p";
            /**
             * Duration in seconds.
             *
             * A whole number from 1 to 15.
             * @default 5
             */
            duration_seconds: number;
            /**
             * Enable synchronized audio generation.
             *
             * One of: `true`, `false`.
             * @default false
             */
            enable_audio?: true | false;
            /**
             * Random seed.
             *
             * A whole number from 0 to 2147483647.
             */
            seed?: number;
            /**
             * First frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url: string;
            /**
             * Last frame image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url: string;
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
                "application/json": components["schemas"]["PixverseV6EditVideo"];
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
    createExtendVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PixverseV6ExtendVideo"];
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
    getExtendVideo: {
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
                "application/json": components["schemas"]["PixverseV6ImageToVideo"];
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
                "application/json": components["schemas"]["PixverseV6TextToVideo"];
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
    createTransitionVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PixverseV6TransitionVideo"];
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
    getTransitionVideo: {
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
