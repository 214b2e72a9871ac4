// Generated from specs/openai-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/openai_tts/text_to_speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run text to speech; the answer is the finished result. */
        post: operations["createTextToSpeech"];
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
        /** tts-1 · text to speech */
        OpenaiTtsTts1TextToSpeech: {
            /**
             * The model to run: tts-1 · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/openai_tts/text_to_speech`). Price: 4¢.
             */
            model: "tts-1";
            /** At most 4096 characters. */
            text: string;
        };
        /** tts-1-hd · text to speech */
        OpenaiTtsTts1HdTextToSpeech: {
            /**
             * The model to run: tts-1-hd · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/openai_tts/text_to_speech`). Price: 8¢.
             */
            model: "tts-1-hd";
            /** At most 4096 characters. */
            text: string;
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
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createTextToSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenaiTtsTts1TextToSpeech"] | components["schemas"]["OpenaiTtsTts1HdTextToSpeech"];
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
}
