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
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_audio_url: string;
        };
        /** Fish Audio · get voice */
        FishAudioGetVoice: {
            voice_id: string;
        };
        /** Fish Audio · list voices */
        FishAudioListVoices: {
            /**
             * A whole number at least 1.
             * @default 1
             */
            page_number?: number;
            /**
             * A whole number from 1 to 100.
             * @default 10
             */
            page_size?: number;
        };
        /** s1 · text to speech */
        FishAudioS1TextToSpeech: {
            /**
             * The model to run: s1 · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/fish_audio/text_to_speech`). Price: 4¢.
             */
            model: "s1";
            text: string;
            /**
             * Output audio format.
             *
             * One of: `mp3`, `wav`.
             * @default mp3
             */
            output_format?: "mp3" | "wav";
            /**
             * Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.
             *
             * One of: `8000`, `16000`, `24000`, `32000`, `44100`.
             * @default 44100
             */
            sample_rate_hz?: 8000 | 16000 | 24000 | 32000 | 44100;
            /**
             * MP3 bitrate. Not accepted for WAV output.
             *
             * One of: `64`, `128`, `192`.
             * @default 128
             */
            bitrate_kbps?: 64 | 128 | 192;
            /** Inline reference audio samples for this request. */
            references?: {
                /** Exact transcript of the reference audio. */
                text: string;
                /** Base64-encoded raw audio bytes. */
                audio: string;
            }[];
            voice_id?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: s1 · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/fish_audio/text_to_speech`). Price: 4¢.
             */
            model: "s1";
        });
        /** s2-pro · text to speech */
        FishAudioS2ProTextToSpeech: {
            /**
             * The model to run: s2-pro · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/fish_audio/text_to_speech`). Price: 4¢.
             */
            model: "s2-pro";
            text: string;
            /**
             * Output audio format.
             *
             * One of: `mp3`, `wav`.
             * @default mp3
             */
            output_format?: "mp3" | "wav";
            /**
             * Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.
             *
             * One of: `8000`, `16000`, `24000`, `32000`, `44100`.
             * @default 44100
             */
            sample_rate_hz?: 8000 | 16000 | 24000 | 32000 | 44100;
            /**
             * MP3 bitrate. Not accepted for WAV output.
             *
             * One of: `64`, `128`, `192`.
             * @default 128
             */
            bitrate_kbps?: 64 | 128 | 192;
            /** Inline reference audio samples for this request. */
            references?: {
                /** Exact transcript of the reference audio. */
                text: string;
                /** Base64-encoded raw audio bytes. */
                audio: string;
            }[];
            voice_id?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: s2-pro · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/fish_audio/text_to_speech`). Price: 4¢.
             */
            model: "s2-pro";
        });
        /** s2.1-pro · text to speech */
        FishAudioS21ProTextToSpeech: {
            /**
             * The model to run: s2.1-pro · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/fish_audio/text_to_speech`). Price: not published.
             */
            model: "s2.1-pro";
            text: string;
            /**
             * Output audio format.
             *
             * One of: `mp3`, `wav`.
             * @default mp3
             */
            output_format?: "mp3" | "wav";
            /**
             * Output sample rate. MP3 supports 32000 and 44100 Hz; WAV supports every listed value.
             *
             * One of: `8000`, `16000`, `24000`, `32000`, `44100`.
             * @default 44100
             */
            sample_rate_hz?: 8000 | 16000 | 24000 | 32000 | 44100;
            /**
             * MP3 bitrate. Not accepted for WAV output.
             *
             * One of: `64`, `128`, `192`.
             * @default 128
             */
            bitrate_kbps?: 64 | 128 | 192;
            /** Inline reference audio samples for this request. */
            references?: {
                /** Exact transcript of the reference audio. */
                text: string;
                /** Base64-encoded raw audio bytes. */
                audio: string;
            }[];
            voice_id?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: s2.1-pro · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/fish_audio/text_to_speech`). Price: not published.
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
