// Generated from specs/fish-audio.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/fish_audio/create_voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run create voice; the answer is the finished result. */
        post: operations["createCreateVoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fish_audio/get_voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run get voice; the answer is the finished result. */
        post: operations["createGetVoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fish_audio/list_voices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run list voices; the answer is the finished result. */
        post: operations["createListVoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fish_audio/text_to_speech": {
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
        /** Fish Audio · create voice */
        FishAudioCreateVoice: {
            name: string;
            source_audio_url: string;
        };
        /** Fish Audio · get voice */
        FishAudioGetVoice: {
            voice_id: string;
        };
        /** Fish Audio · list voices */
        FishAudioListVoices: {
            /** @default 1 */
            page_number?: number;
            /** @default 10 */
            page_size?: number;
        };
        /** s1 · text to speech */
        FishAudioS1TextToSpeech: {
            /** @constant */
            model: "s1";
            text: string;
            /**
             * @description Output audio format.
             * @default mp3
             * @enum {string}
             */
            output_format?: "mp3" | "wav";
            /**
             * @description Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.
             * @default 44100
             * @enum {integer}
             */
            sample_rate_hz?: 8000 | 16000 | 24000 | 32000 | 44100;
            /**
             * @description MP3 bitrate. Not accepted for WAV output.
             * @default 128
             * @enum {integer}
             */
            bitrate_kbps?: 64 | 128 | 192;
            /** @description Inline reference audio samples for this request. */
            references?: {
                /** @description Exact transcript of the reference audio. */
                text: string;
                /** @description Base64-encoded raw audio bytes. */
                audio: string;
            }[];
            voice_id?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "s1";
        });
        /** s2-pro · text to speech */
        FishAudioS2ProTextToSpeech: {
            /** @constant */
            model: "s2-pro";
            text: string;
            /**
             * @description Output audio format.
             * @default mp3
             * @enum {string}
             */
            output_format?: "mp3" | "wav";
            /**
             * @description Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.
             * @default 44100
             * @enum {integer}
             */
            sample_rate_hz?: 8000 | 16000 | 24000 | 32000 | 44100;
            /**
             * @description MP3 bitrate. Not accepted for WAV output.
             * @default 128
             * @enum {integer}
             */
            bitrate_kbps?: 64 | 128 | 192;
            /** @description Inline reference audio samples for this request. */
            references?: {
                /** @description Exact transcript of the reference audio. */
                text: string;
                /** @description Base64-encoded raw audio bytes. */
                audio: string;
            }[];
            voice_id?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "s2-pro";
        });
        /** s2.1-pro · text to speech */
        FishAudioS21ProTextToSpeech: {
            /** @constant */
            model: "s2.1-pro";
            text: string;
            /**
             * @description Output audio format.
             * @default mp3
             * @enum {string}
             */
            output_format?: "mp3" | "wav";
            /**
             * @description Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.
             * @default 44100
             * @enum {integer}
             */
            sample_rate_hz?: 8000 | 16000 | 24000 | 32000 | 44100;
            /**
             * @description MP3 bitrate. Not accepted for WAV output.
             * @default 128
             * @enum {integer}
             */
            bitrate_kbps?: 64 | 128 | 192;
            /** @description Inline reference audio samples for this request. */
            references?: {
                /** @description Exact transcript of the reference audio. */
                text: string;
                /** @description Base64-encoded raw audio bytes. */
                audio: string;
            }[];
            voice_id?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "s2.1-pro";
        });
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
    createCreateVoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FishAudioCreateVoice"];
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
    createGetVoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FishAudioGetVoice"];
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
    createListVoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FishAudioListVoices"];
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
    createTextToSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FishAudioS1TextToSpeech"] | components["schemas"]["FishAudioS2ProTextToSpeech"] | components["schemas"]["FishAudioS21ProTextToSpeech"];
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
