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
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "gemini-2.5-pro-tts";
            /**
             * @description Sampling temperature.
             * @default 1
             */
            temperature?: number;
            /** @description Scene and recording environment. */
            scene?: string;
            /** @description Overall delivery context and tone. */
            sample_context?: string;
            /** @description Non-empty speaker configurations with unique Speaker N identifiers. */
            speakers: {
                /**
                 * @description Speaker pace.
                 * @enum {string}
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /**
                 * @description Speaker delivery style.
                 * @enum {string}
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * @description Speaker accent.
                 * @enum {string}
                 */
                accent?: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /** @description Unique identifier in Speaker N format. */
                speaker_id: string;
                /**
                 * @description Preset voice name.
                 * @enum {string}
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
                /** @description Optional voice character guidance. */
                audio_profile?: string;
            }[];
            /** @description Non-empty ordered dialogue turns whose speaker ids reference configured speakers. */
            dialogue_turns: {
                /** @description Spoken text, up to 10,000 characters. */
                text: string;
                /** @description Identifier matching a configured speakers[].speaker_id. */
                speaker_id: string;
            }[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** gemini-3.1-flash-tts · text to speech */
        GeminiTts31FlashTtsTextToSpeech: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "gemini-3.1-flash-tts";
            /**
             * @description Sampling temperature.
             * @default 1
             */
            temperature?: number;
            /** @description Scene and recording environment. */
            scene?: string;
            /** @description Overall delivery context and tone. */
            sample_context?: string;
            /** @description Non-empty speaker configurations with unique Speaker N identifiers. */
            speakers: {
                /**
                 * @description Speaker pace.
                 * @enum {string}
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /**
                 * @description Speaker delivery style.
                 * @enum {string}
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * @description Speaker accent.
                 * @enum {string}
                 */
                accent?: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /** @description Unique identifier in Speaker N format. */
                speaker_id: string;
                /**
                 * @description Preset voice name.
                 * @enum {string}
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
                /** @description Optional voice character guidance. */
                audio_profile?: string;
            }[];
            /** @description Non-empty ordered dialogue turns whose speaker ids reference configured speakers. */
            dialogue_turns: {
                /** @description Spoken text, up to 10,000 characters. */
                text: string;
                /** @description Identifier matching a configured speakers[].speaker_id. */
                speaker_id: string;
            }[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /**
         * @description Where a task is in its lifecycle. An unknown value is surfaced as an error, never waited on.
         * @enum {string}
         */
        TaskStatus: "pending" | "processing" | "completed" | "failed";
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
        /** @description The answer to a create request. */
        TaskCreated: {
            /** @description The task id; keep it to resume waiting. */
            id: string;
            status: components["schemas"]["TaskStatus"];
            /** @description True when an earlier request with the same Idempotency-Key created this task. */
            task_replayed?: boolean;
            billing?: components["schemas"]["Billing"];
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
        /** @description Why a task failed. */
        TaskError: string | {
            code?: string;
            message?: string;
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
        AudioOutput: {
            /** @description A temporary URL; download within 7 days. */
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
