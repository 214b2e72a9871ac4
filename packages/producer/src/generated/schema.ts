// Generated from specs/producer.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/producer/text_to_music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a text-to-music task. */
        post: operations["createTextToMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/producer/text_to_music/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a text-to-music task. */
        get: operations["getTextToMusic"];
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
        /** fuzz-0.8 · text to music */
        ProducerFuzz08TextToMusic: {
            /**
             * The model to run: fuzz-0.8 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-0.8";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-0.8 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-0.8";
        });
        /** fuzz-1.0 · text to music */
        ProducerFuzz10TextToMusic: {
            /**
             * The model to run: fuzz-1.0 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.0";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-1.0 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.0";
        });
        /** fuzz-1.0-pro · text to music */
        ProducerFuzz10ProTextToMusic: {
            /**
             * The model to run: fuzz-1.0-pro · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.0-pro";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-1.0-pro · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.0-pro";
        });
        /** fuzz-1.1 · text to music */
        ProducerFuzz11TextToMusic: {
            /**
             * The model to run: fuzz-1.1 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.1";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-1.1 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.1";
        });
        /** fuzz-1.1-pro · text to music */
        ProducerFuzz11ProTextToMusic: {
            /**
             * The model to run: fuzz-1.1-pro · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.1-pro";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-1.1-pro · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-1.1-pro";
        });
        /** fuzz-2.0 · text to music */
        ProducerFuzz20TextToMusic: {
            /**
             * The model to run: fuzz-2.0 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-2.0";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-2.0 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-2.0";
        });
        /** fuzz-2.0-pro · text to music */
        ProducerFuzz20ProTextToMusic: {
            /**
             * The model to run: fuzz-2.0-pro · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-2.0-pro";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-2.0-pro · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-2.0-pro";
        });
        /** fuzz-2.0-raw · text to music */
        ProducerFuzz20RawTextToMusic: {
            /**
             * The model to run: fuzz-2.0-raw · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-2.0-raw";
            /**
             * Vocal generation mode.
             *
             * One of: `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "exact_lyrics" | "instrumental";
            /**
             * Music style and production brief.
             *
             * 1–200 characters.
             */
            prompt: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music title. */
            title?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * The model to run: fuzz-2.0-raw · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/producer/text_to_music`). Price: 17¢.
             */
            model: "fuzz-2.0-raw";
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
        AudioOutput: {
            /** A temporary URL; download within 7 days. */
            audio_url: string;
        };
        /** @description A task of an audio action; `audios` is set once it has completed. */
        AudiosTask: components["schemas"]["Task"] & {
            audios?: components["schemas"]["AudioOutput"][];
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
        AudiosTask: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AudiosTask"];
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
    createTextToMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProducerFuzz08TextToMusic"] | components["schemas"]["ProducerFuzz10TextToMusic"] | components["schemas"]["ProducerFuzz10ProTextToMusic"] | components["schemas"]["ProducerFuzz11TextToMusic"] | components["schemas"]["ProducerFuzz11ProTextToMusic"] | components["schemas"]["ProducerFuzz20TextToMusic"] | components["schemas"]["ProducerFuzz20ProTextToMusic"] | components["schemas"]["ProducerFuzz20RawTextToMusic"];
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
    getTextToMusic: {
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
            200: components["responses"]["AudiosTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
}
