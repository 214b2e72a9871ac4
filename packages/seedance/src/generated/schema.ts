// Generated from specs/seedance.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/seedance/text_to_video": {
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
    "/api/v1/seedance/text_to_video/{id}": {
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
        /** seedance-1.5-pro · text to video */
        Seedance15ProTextToVideo: {
            /**
             * The model to run: seedance-1.5-pro · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: from 1.75¢ to 15¢ by generate_audio × output_resolution.
             */
            model: "seedance-1.5-pro";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`. */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /** One of: `480p`, `720p`, `1080p`. */
            output_resolution?: "480p" | "720p" | "1080p";
            /** A whole number from 4 to 12. */
            duration_seconds: number;
            generate_audio?: boolean;
            enable_safety_checker?: boolean;
            /** At most 2 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            source_image_urls?: string[];
            lock_camera?: boolean;
            /** A whole number from -1 to 2147483647. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedance-2-mini · text to video */
        Seedance2MiniTextToVideo: {
            /**
             * The model to run: seedance-2-mini · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: not published.
             */
            model: "seedance-2-mini";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /** One of: `480p`, `720p`. */
            output_resolution?: "480p" | "720p";
            /**
             * A whole number from 4 to 15.
             * @default 5
             */
            duration_seconds?: number;
            generate_audio?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** At most 9 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** At most 3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** At most 3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_audio_urls?: string[];
            web_search?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedance-2.0 · text to video */
        Seedance20TextToVideo: {
            /**
             * The model to run: seedance-2.0 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: not published.
             */
            model: "seedance-2.0";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /** One of: `480p`, `720p`, `1080p`, `4k`. */
            output_resolution?: "480p" | "720p" | "1080p" | "4k";
            /**
             * A whole number from 4 to 15.
             * @default 5
             */
            duration_seconds?: number;
            generate_audio?: boolean;
            enable_safety_checker?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** At most 9 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** At most 3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** At most 3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_audio_urls?: string[];
            web_search?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedance-2.0-fast · text to video */
        Seedance20FastTextToVideo: {
            /**
             * The model to run: seedance-2.0-fast · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: not published.
             */
            model: "seedance-2.0-fast";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`, `auto`. */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /** One of: `480p`, `720p`. */
            output_resolution?: "480p" | "720p";
            /**
             * A whole number from 4 to 15.
             * @default 5
             */
            duration_seconds?: number;
            generate_audio?: boolean;
            enable_safety_checker?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            last_frame_image_url?: string;
            /** At most 9 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_image_urls?: string[];
            /** At most 3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_video_urls?: string[];
            /** At most 3 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL. */
            reference_audio_urls?: string[];
            web_search?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedance-2.5 · text to video */
        Seedance25TextToVideo: {
            /**
             * The model to run: seedance-2.5 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: not published.
             */
            model: "seedance-2.5";
            /**
             * Video generation prompt.
             *
             * 3–30000 characters.
             */
            prompt: string;
            /**
             * Output aspect ratio; auto lets RunAPI select it.
             *
             * One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`, `auto`.
             * @default auto
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /**
             * Output video resolution.
             *
             * One of: `480p`, `720p`, `1080p`.
             * @default 720p
             */
            output_resolution?: "480p" | "720p" | "1080p";
            /**
             * Video duration in seconds; -1 selects duration automatically.
             *
             * One of: `-1`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `13`, `14`, `15`, `16`, `17`, `18`, `19`, `20`, `21`, `22`, `23`, `24`, `25`, `26`, `27`, `28`, `29`, `30`.
             * @default 5
             */
            duration_seconds?: -1 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30;
            /**
             * Whether to generate synchronized audio.
             * @default true
             */
            generate_audio?: boolean;
            /** Whether RunAPI checks generated content for safety. */
            enable_safety_checker?: boolean;
            /**
             * Whether to return the generated video's last frame.
             * @default false
             */
            return_last_frame?: boolean;
            /**
             * Output video container format.
             *
             * One of: `mp4`, `mov`.
             * @default mp4
             */
            output_format?: "mp4" | "mov";
            /**
             * Public first-frame image URL for frame-guided generation.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            first_frame_image_url?: string;
            /**
             * Public last-frame image URL; requires first_frame_image_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            last_frame_image_url?: string;
            /**
             * Public reference image URLs; up to 30 images.
             *
             * At most 30 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Public reference video URLs; up to 10 videos.
             *
             * At most 10 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_video_urls?: string[];
            /**
             * Public reference audio URLs; up to 10 audio files.
             *
             * At most 10 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_audio_urls?: string[];
            /** Whether to enrich the prompt with web search. */
            web_search?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: seedance-2.5 · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: not published.
             */
            model: "seedance-2.5";
        });
        /** seedance-v1-pro · text to video */
        SeedanceV1ProTextToVideo: {
            /**
             * The model to run: seedance-v1-pro · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: 0.56¢ (output_resolution 480p) · 1.2¢ (output_resolution 720p) · 2.8¢ (output_resolution 1080p).
             */
            model: "seedance-v1-pro";
            prompt?: string;
            /** One of: `1:1`, `4:3`, `3:4`, `16:9`, `9:16`, `21:9`. */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /** One of: `480p`, `720p`, `1080p`. */
            output_resolution?: "480p" | "720p" | "1080p";
            /** One of: `5`, `10`. */
            duration_seconds: 5 | 10;
            enable_safety_checker?: boolean;
            lock_camera?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url?: string;
            /** A whole number. */
            seed?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** seedance-v1-pro-fast · text to video */
        SeedanceV1ProFastTextToVideo: {
            /**
             * The model to run: seedance-v1-pro-fast · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/seedance/text_to_video`). Price: 0.64¢ (output_resolution 720p) · 1.44¢ (output_resolution 1080p).
             */
            model: "seedance-v1-pro-fast";
            prompt?: string;
            /** One of: `720p`, `1080p`. */
            output_resolution?: "720p" | "1080p";
            /** One of: `5`, `10`. */
            duration_seconds: 5 | 10;
            enable_safety_checker?: boolean;
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            first_frame_image_url: string;
            /** A whole number from -1 to 2147483647. */
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
    createTextToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Seedance15ProTextToVideo"] | components["schemas"]["Seedance2MiniTextToVideo"] | components["schemas"]["Seedance20TextToVideo"] | components["schemas"]["Seedance20FastTextToVideo"] | components["schemas"]["Seedance25TextToVideo"] | components["schemas"]["SeedanceV1ProTextToVideo"] | components["schemas"]["SeedanceV1ProFastTextToVideo"];
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
