// Generated from specs/gemini-tts.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/gemini_tts/text_to_speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a text-to-speech task. */
        post: operations["createTextToSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gemini_tts/text_to_speech/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a text-to-speech task. */
        get: operations["getTextToSpeech"];
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
        /** gemini-2.5-pro-tts · text to speech */
        GeminiTts25ProTtsTextToSpeech: {
            /**
             * The model to run: gemini-2.5-pro-tts · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/gemini_tts/text_to_speech`). Price: $1.40 / 1M input tokens, $28.00 / 1M output tokens.
             */
            model: "gemini-2.5-pro-tts";
            /**
             * Sampling temperature.
             *
             * From 0 to 2.
             * @default 1
             */
            temperature?: number;
            /** Scene and recording environment. */
            scene?: string;
            /** Overall delivery context and tone. */
            sample_context?: string;
            /**
             * Non-empty speaker configurations with unique Speaker N identifiers.
             *
             * At least 1 item.
             */
            speakers: {
                /**
                 * Speaker pace.
                 *
                 * One of: `Natural`, `Rapid Fire`, `The Drift`, `Staccato`.
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /**
                 * Speaker delivery style.
                 *
                 * One of: `Vocal Smile`, `Newscaster`, `Whisper`, `Empathetic`, `Promo/Hype`, `Deadpan`.
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * Speaker accent.
                 *
                 * One of: `Neutral`, `American (Gen)`, `American (Valley)`, `American (South)`, `British (RP)`, `British (Brixton)`, `Transatlantic`, `Australian`.
                 */
                accent?: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /**
                 * Unique identifier in Speaker N format.
                 *
                 * Must match `^Speaker [1-9][0-9]*$`.
                 */
                speaker_id: string;
                /**
                 * Preset voice name.
                 *
                 * One of: `Achernar`, `Achird`, `Algenib`, `Algieba`, `Alnilam`, `Aoede`, `Autonoe`, `Callirrhoe`, `Charon`, `Despina`, `Enceladus`, `Erinome`, `Fenrir`, `Gacrux`, `Iapetus`, `Kore`, `Laomedeia`, `Leda`, `Orus`, `Puck`, `Pulcherrima`, `Rasalgethi`, `Sadachbia`, `Sadaltager`, `Schedar`, `Sulafat`, `Umbriel`, `Vindemiatrix`, `Zephyr`, `Zubenelgenubi`.
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
                /** Optional voice character guidance. */
                audio_profile?: string;
            }[];
            /**
             * Non-empty ordered dialogue turns whose speaker ids reference configured speakers.
             *
             * At least 1 item.
             */
            dialogue_turns: {
                /**
                 * Spoken text, up to 10,000 characters.
                 *
                 * At most 10000 characters.
                 */
                text: string;
                /** Identifier matching a configured speakers[].speaker_id. */
                speaker_id: string;
            }[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** gemini-3.1-flash-tts · text to speech */
        GeminiTts31FlashTtsTextToSpeech: {
            /**
             * The model to run: gemini-3.1-flash-tts · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/gemini_tts/text_to_speech`). Price: $1.40 / 1M input tokens, $28.00 / 1M output tokens.
             */
            model: "gemini-3.1-flash-tts";
            /**
             * Sampling temperature.
             *
             * From 0 to 2.
             * @default 1
             */
            temperature?: number;
            /** Scene and recording environment. */
            scene?: string;
            /** Overall delivery context and tone. */
            sample_context?: string;
            /**
             * Non-empty speaker configurations with unique Speaker N identifiers.
             *
             * At least 1 item.
             */
            speakers: {
                /**
                 * Speaker pace.
                 *
                 * One of: `Natural`, `Rapid Fire`, `The Drift`, `Staccato`.
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /**
                 * Speaker delivery style.
                 *
                 * One of: `Vocal Smile`, `Newscaster`, `Whisper`, `Empathetic`, `Promo/Hype`, `Deadpan`.
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * Speaker accent.
                 *
                 * One of: `Neutral`, `American (Gen)`, `American (Valley)`, `American (South)`, `British (RP)`, `British (Brixton)`, `Transatlantic`, `Australian`.
                 */
                accent?: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /**
                 * Unique identifier in Speaker N format.
                 *
                 * Must match `^Speaker [1-9][0-9]*$`.
                 */
                speaker_id: string;
                /**
                 * Preset voice name.
                 *
                 * One of: `Achernar`, `Achird`, `Algenib`, `Algieba`, `Alnilam`, `Aoede`, `Autonoe`, `Callirrhoe`, `Charon`, `Despina`, `Enceladus`, `Erinome`, `Fenrir`, `Gacrux`, `Iapetus`, `Kore`, `Laomedeia`, `Leda`, `Orus`, `Puck`, `Pulcherrima`, `Rasalgethi`, `Sadachbia`, `Sadaltager`, `Schedar`, `Sulafat`, `Umbriel`, `Vindemiatrix`, `Zephyr`, `Zubenelgenubi`.
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
                /** Optional voice character guidance. */
                audio_profile?: string;
            }[];
            /**
             * Non-empty ordered dialogue turns whose speaker ids reference configured speakers.
             *
             * At least 1 item.
             */
            dialogue_turns: {
                /**
                 * Spoken text, up to 10,000 characters.
                 *
                 * At most 10000 characters.
                 */
                text: string;
                /** Identifier matching a configured speakers[].speaker_id. */
                speaker_id: string;
            }[];
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
    createTextToSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeminiTts25ProTtsTextToSpeech"] | components["schemas"]["GeminiTts31FlashTtsTextToSpeech"];
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
    getTextToSpeech: {
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
