// Generated from specs/openai-transcription.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/openai_transcription/speech_to_text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run speech to text; the answer is the finished result. */
        post: operations["createSpeechToText"];
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
        /** gpt-transcribe · speech to text */
        OpenaiTranscriptionGptTranscribeSpeechToText: {
            /**
             * The model to run: gpt-transcribe · speech to text.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/openai_transcription/speech_to_text`). Price: not published.
             */
            model: "gpt-transcribe";
            /**
             * Audio file upload, up to 25 MB.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            file: string;
            /** Optional text that guides transcription style and vocabulary. */
            prompt?: string;
            /** Audio language as an ISO-639-1 code. */
            language?: string;
            /** Candidate audio languages as ISO-639-1 codes. */
            languages?: string[];
            /** Terms that should receive additional recognition guidance. */
            keywords?: string[];
            /**
             * Sampling temperature from 0 to 1.
             *
             * From 0 to 1.
             */
            temperature?: number;
            /**
             * Response body format.
             *
             * One of: `json`, `text`.
             */
            response_format?: "json" | "text";
            /** Whether to request a streamed response when supported. */
            stream?: boolean;
        };
        /** whisper-1 · speech to text */
        OpenaiTranscriptionWhisper1SpeechToText: {
            /**
             * The model to run: whisper-1 · speech to text.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/openai_transcription/speech_to_text`). Price: not published.
             */
            model: "whisper-1";
            /**
             * Audio file upload, up to 25 MB.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            file: string;
            /** Optional text that guides transcription style and vocabulary. */
            prompt?: string;
            /** Audio language as an ISO-639-1 code. */
            language?: string;
            /**
             * Sampling temperature from 0 to 1.
             *
             * From 0 to 1.
             */
            temperature?: number;
            /**
             * Response body format.
             *
             * One of: `json`, `text`, `srt`, `verbose_json`, `vtt`.
             */
            response_format?: "json" | "text" | "srt" | "verbose_json" | "vtt";
            /** Whether to request a streamed response when supported. */
            stream?: boolean;
            /**
             * Timestamp detail included with verbose JSON responses.
             *
             * At most 2 items. Each item: one of: `word`, `segment`.
             */
            timestamp_granularities?: ("word" | "segment")[];
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
    createSpeechToText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenaiTranscriptionGptTranscribeSpeechToText"] | components["schemas"]["OpenaiTranscriptionWhisper1SpeechToText"];
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
