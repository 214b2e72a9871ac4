// Generated from specs/gemini-omni.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/gemini_omni/create_audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run create audio; the answer is the finished result. */
        post: operations["createCreateAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gemini_omni/create_character": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run create character; the answer is the finished result. */
        post: operations["createCreateCharacter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gemini_omni/text_to_video": {
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
    "/api/v1/gemini_omni/text_to_video/{id}": {
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
        /** gemini-omni-audio · create audio */
        GeminiOmniAudioCreateAudio: {
            /**
             * The model to run: gemini-omni-audio · create audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/gemini_omni/create_audio`). Price: free.
             */
            model: "gemini-omni-audio";
            /** Voice identity used for the audio preset. */
            audio_id: string;
            /**
             * Audio preset display name.
             *
             * At most 210 characters.
             */
            name: string;
            /**
             * Voice characteristics such as pitch, tone, or accent.
             *
             * At most 20000 characters.
             */
            voice_description?: string;
            /**
             * Example dialogue demonstrating the voice style.
             *
             * At most 120 characters.
             */
            example_dialogue?: string;
        };
        /** gemini-omni-character · create character */
        GeminiOmniCharacterCreateCharacter: {
            /**
             * The model to run: gemini-omni-character · create character.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/gemini_omni/create_character`). Price: free.
             */
            model: "gemini-omni-character";
            /**
             * Character appearance, identity, style, clothing, or personality description.
             *
             * At most 20000 characters.
             */
            descriptions: string;
            /**
             * Public character reference image URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            reference_image_url: string;
            /** Audio preset IDs returned by create-audio. */
            audio_ids?: unknown[];
            /**
             * Character display name.
             *
             * At most 210 characters.
             */
            character_name?: string;
        };
        /** gemini-omni-flash-preview · text to video */
        GeminiOmniFlashPreviewTextToVideo: {
            /**
             * The model to run: gemini-omni-flash-preview · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/gemini_omni/text_to_video`). Price: 60¢.
             */
            model: "gemini-omni-flash-preview";
            /**
             * Video generation prompt.
             *
             * At most 20000 characters.
             */
            prompt: string;
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`.
             * @default 16:9
             */
            aspect_ratio?: "16:9" | "9:16";
            /**
             * Output resolution.
             *
             * One of: `720p`.
             * @default 720p
             */
            output_resolution?: "720p";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** gemini-omni-text-to-video · text to video */
        GeminiOmniTextToVideo: {
            /**
             * The model to run: gemini-omni-text-to-video · text to video.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/gemini_omni/text_to_video`). Price: not published.
             */
            model: "gemini-omni-text-to-video";
            /**
             * Video generation prompt.
             *
             * At most 20000 characters.
             */
            prompt: string;
            /**
             * Output duration in seconds.
             *
             * One of: `4`, `6`, `8`, `10`.
             */
            duration_seconds: 4 | 6 | 8 | 10;
            /**
             * Public reference image URLs; images, video clips, and characters share a seven-unit reference limit.
             *
             * At most 7 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            reference_image_urls?: string[];
            /**
             * Audio preset IDs returned by create-audio.
             *
             * At most 3 items.
             */
            audio_ids?: unknown[];
            /**
             * Source video clips; each clip consumes two reference units.
             *
             * At most 1 item.
             */
            video_list?: {
                /** Public source video URL. */
                url: string;
                /**
                 * Clip end time in seconds; must be greater than start and no more than 10 seconds after start.
                 *
                 * At least 0.
                 */
                ends: number;
                /**
                 * Clip start time in seconds.
                 *
                 * At least 0.
                 */
                start: number;
            }[];
            /**
             * Character IDs returned by create-character; images, video clips, and characters share a seven-unit reference limit.
             *
             * At most 3 items.
             */
            character_ids?: unknown[];
            /**
             * Output aspect ratio.
             *
             * One of: `16:9`, `9:16`.
             */
            aspect_ratio?: "16:9" | "9:16";
            /**
             * Output resolution.
             *
             * One of: `720p`, `1080p`, `4k`.
             * @default 720p
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /**
             * Deterministic generation seed.
             *
             * A whole number from 0 to 2147483647.
             */
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
        /** @description Why a task failed. */
        TaskError: string | {
            code?: string;
            message?: string;
        };
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
        VideoOutput: {
            /** A temporary URL; download within 7 days. */
            url: string;
        };
        AudioOutput: {
            /** A temporary URL; download within 7 days. */
            audio_url: string;
        };
        TextOutput: {
            text: string;
        };
        /** @description The answer of a synchronous action: the finished result, shaped like a completed task, with the output of its kind (`images`, `videos`, `audios` or `texts`). */
        SyncResult: components["schemas"]["Task"] & {
            /** Always `completed`. */
            status?: "completed";
            /** True when an earlier request with the same Idempotency-Key made this result. */
            task_replayed?: boolean;
            images?: components["schemas"]["ImageOutput"][];
            videos?: components["schemas"]["VideoOutput"][];
            audios?: components["schemas"]["AudioOutput"][];
            texts?: components["schemas"]["TextOutput"][];
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
        /** @description A task of a video action; `videos` is set once it has completed. */
        VideosTask: components["schemas"]["Task"] & {
            videos?: components["schemas"]["VideoOutput"][];
        };
    };
    responses: {
        /** @description The finished result of a synchronous action. */
        SyncResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SyncResult"];
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
        /** @description The task was created (or replayed for the same Idempotency-Key). */
        TaskCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskCreated"];
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
    createCreateAudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeminiOmniAudioCreateAudio"];
            };
        };
        responses: {
            200: components["responses"]["SyncResult"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
    createCreateCharacter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeminiOmniCharacterCreateCharacter"];
            };
        };
        responses: {
            200: components["responses"]["SyncResult"];
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            422: components["responses"]["Error"];
            429: components["responses"]["Error"];
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
                "application/json": components["schemas"]["GeminiOmniFlashPreviewTextToVideo"] | components["schemas"]["GeminiOmniTextToVideo"];
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
