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
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "gemini-omni-audio";
            /** @description Voice identity used for the audio preset. */
            audio_id: string;
            /** @description Audio preset display name. */
            name: string;
            /** @description Voice characteristics such as pitch, tone, or accent. */
            voice_description?: string;
            /** @description Example dialogue demonstrating the voice style. */
            example_dialogue?: string;
        };
        /** gemini-omni-character · create character */
        GeminiOmniCharacterCreateCharacter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "gemini-omni-character";
            /** @description Character appearance, identity, style, clothing, or personality description. */
            descriptions: string;
            /** @description Public character reference image URL. */
            reference_image_url: string;
            /** @description Audio preset IDs returned by create-audio. */
            audio_ids?: unknown[];
            /** @description Character display name. */
            character_name?: string;
        };
        /** gemini-omni-flash-preview · text to video */
        GeminiOmniFlashPreviewTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "gemini-omni-flash-preview";
            /** @description Video generation prompt. */
            prompt: string;
            /**
             * @description Output aspect ratio.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** gemini-omni-text-to-video · text to video */
        GeminiOmniTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "gemini-omni-text-to-video";
            /** @description Video generation prompt. */
            prompt: string;
            /**
             * @description Output duration in seconds.
             * @enum {integer}
             */
            duration_seconds: 4 | 6 | 8 | 10;
            /** @description Public reference image URLs; images, video clips, and characters share a seven-unit reference limit. */
            reference_image_urls?: string[];
            /** @description Audio preset IDs returned by create-audio. */
            audio_ids?: unknown[];
            /** @description Source video clips; each clip consumes two reference units. */
            video_list?: {
                /** @description Public source video URL. */
                url: string;
                /** @description Clip end time in seconds; must be greater than start and no more than 10 seconds after start. */
                ends: number;
                /** @description Clip start time in seconds. */
                start: number;
            }[];
            /** @description Character IDs returned by create-character; images, video clips, and characters share a seven-unit reference limit. */
            character_ids?: unknown[];
            /**
             * @description Output aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /**
             * @description Output resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "720p" | "1080p" | "4k";
            /** @description Deterministic generation seed. */
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
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
        VideoOutput: {
            /** @description A temporary URL; download within 7 days. */
            url: string;
        };
        AudioOutput: {
            /** @description A temporary URL; download within 7 days. */
            audio_url: string;
        };
        TextOutput: {
            text: string;
        };
        /** @description The answer of a synchronous action: the finished result, shaped like a completed task, with the output of its kind (`images`, `videos`, `audios` or `texts`). */
        SyncResult: components["schemas"]["Task"] & {
            /** @constant */
            status?: "completed";
            /** @description True when an earlier request with the same Idempotency-Key made this result. */
            task_replayed?: boolean;
            images?: components["schemas"]["ImageOutput"][];
            videos?: components["schemas"]["VideoOutput"][];
            audios?: components["schemas"]["AudioOutput"][];
            texts?: components["schemas"]["TextOutput"][];
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
        /** @description The answer to a create request. */
        TaskCreated: {
            /** @description The task id; keep it to resume waiting. */
            id: string;
            status: components["schemas"]["TaskStatus"];
            /** @description True when an earlier request with the same Idempotency-Key created this task. */
            task_replayed?: boolean;
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
