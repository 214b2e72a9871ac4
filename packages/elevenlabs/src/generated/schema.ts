// Generated from specs/elevenlabs.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/elevenlabs/isolate_audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an isolate-audio task. */
        post: operations["createIsolateAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/isolate_audio/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an isolate-audio task. */
        get: operations["getIsolateAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/speech_to_text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a speech-to-text task. */
        post: operations["createSpeechToText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/speech_to_text/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a speech-to-text task. */
        get: operations["getSpeechToText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/text_to_dialogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a text-to-dialogue task. */
        post: operations["createTextToDialogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/text_to_dialogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a text-to-dialogue task. */
        get: operations["getTextToDialogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/text_to_sound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a text-to-sound task. */
        post: operations["createTextToSound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/text_to_sound/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a text-to-sound task. */
        get: operations["getTextToSound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elevenlabs/text_to_speech": {
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
    "/api/v1/elevenlabs/text_to_speech/{id}": {
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
        /** audio-isolation · isolate audio */
        ElevenlabsAudioIsolationIsolateAudio: {
            /**
             * The model to run: audio-isolation · isolate audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/elevenlabs/isolate_audio`). Price: 12¢.
             */
            model: "audio-isolation";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_audio_url: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** speech-to-text · speech to text */
        ElevenlabsSpeechToText: {
            /**
             * The model to run: speech-to-text · speech to text.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/elevenlabs/speech_to_text`). Price: 4¢.
             */
            model: "speech-to-text";
            /** Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL. */
            source_audio_url: string;
            language_code?: string;
            tag_audio_events?: boolean;
            diarize?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** text-to-dialogue-v3 · text to dialogue */
        ElevenlabsTextToDialogueV3: {
            /**
             * The model to run: text-to-dialogue-v3 · text to dialogue.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/elevenlabs/text_to_dialogue`). Price: 14¢.
             */
            model: "text-to-dialogue-v3";
            dialogue: unknown[];
            /** One of: `0`, `0.5`, `1`. */
            stability?: 0 | 0.5 | 1;
            language_code?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** sound-effect-v2 · text to sound */
        ElevenlabsSoundEffectV2TextToSound: {
            /**
             * The model to run: sound-effect-v2 · text to sound.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/elevenlabs/text_to_sound`). Price: 15¢.
             */
            model: "sound-effect-v2";
            text: string;
            loop?: boolean;
            duration_seconds?: number;
            prompt_influence?: number;
            /** One of: `mp3_22050_32`, `mp3_44100_32`, `mp3_44100_64`, `mp3_44100_96`, `mp3_44100_128`, `mp3_44100_192`, `pcm_8000`, `pcm_16000`, `pcm_22050`, `pcm_24000`, `pcm_44100`, `pcm_48000`, `ulaw_8000`, `alaw_8000`, `opus_48000_32`, `opus_48000_64`, `opus_48000_96`, `opus_48000_128`, `opus_48000_192`. */
            output_format?: "mp3_22050_32" | "mp3_44100_32" | "mp3_44100_64" | "mp3_44100_96" | "mp3_44100_128" | "mp3_44100_192" | "pcm_8000" | "pcm_16000" | "pcm_22050" | "pcm_24000" | "pcm_44100" | "pcm_48000" | "ulaw_8000" | "alaw_8000" | "opus_48000_32" | "opus_48000_64" | "opus_48000_96" | "opus_48000_128" | "opus_48000_192";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** text-to-speech-multilingual-v2 · text to speech */
        ElevenlabsTextToSpeechMultilingualV2: {
            /**
             * The model to run: text-to-speech-multilingual-v2 · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/elevenlabs/text_to_speech`). Price: 12¢.
             */
            model: "text-to-speech-multilingual-v2";
            text: string;
            voice: string;
            stability?: number;
            similarity_boost?: number;
            style?: number;
            speed?: number;
            timestamps?: boolean;
            previous_text?: string;
            next_text?: string;
            language_code?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** text-to-speech-turbo-v2.5 · text to speech */
        ElevenlabsTextToSpeechTurboV25: {
            /**
             * The model to run: text-to-speech-turbo-v2.5 · text to speech.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/elevenlabs/text_to_speech`). Price: 6¢.
             */
            model: "text-to-speech-turbo-v2.5";
            text: string;
            voice?: string;
            stability?: number;
            similarity_boost?: number;
            style?: number;
            speed?: number;
            timestamps?: boolean;
            previous_text?: string;
            next_text?: string;
            language_code?: string;
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
        TextOutput: {
            text: string;
        };
        /** @description A task of an action that answers in text; `texts` is set once it has completed. */
        TextsTask: components["schemas"]["Task"] & {
            texts?: components["schemas"]["TextOutput"][];
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
        /** @description The task. */
        TextsTask: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TextsTask"];
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
    createIsolateAudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElevenlabsAudioIsolationIsolateAudio"];
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
    getIsolateAudio: {
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
    createSpeechToText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElevenlabsSpeechToText"];
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
    getSpeechToText: {
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
            200: components["responses"]["TextsTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
    createTextToDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElevenlabsTextToDialogueV3"];
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
    getTextToDialogue: {
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
    createTextToSound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElevenlabsSoundEffectV2TextToSound"];
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
    getTextToSound: {
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
    createTextToSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElevenlabsTextToSpeechMultilingualV2"] | components["schemas"]["ElevenlabsTextToSpeechTurboV25"];
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
