// Generated from specs/suno.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/suno/add_instrumental": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an add-instrumental task. */
        post: operations["createAddInstrumental"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/add_instrumental/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an add-instrumental task. */
        get: operations["getAddInstrumental"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/add_samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an add-samples task. */
        post: operations["createAddSamples"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/add_samples/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an add-samples task. */
        get: operations["getAddSamples"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/add_vocals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an add-vocals task. */
        post: operations["createAddVocals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/add_vocals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an add-vocals task. */
        get: operations["getAddVocals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/blend_lyrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a blend-lyrics task. */
        post: operations["createBlendLyrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/blend_lyrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a blend-lyrics task. */
        get: operations["getBlendLyrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/boost_style": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run boost style; the answer is the finished result. */
        post: operations["createBoostStyle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/check_voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run check voice; the answer is the finished result. */
        post: operations["createCheckVoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/convert_audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a convert-audio task. */
        post: operations["createConvertAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/convert_audio/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a convert-audio task. */
        get: operations["getConvertAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/cover_audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a cover-audio task. */
        post: operations["createCoverAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/cover_audio/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a cover-audio task. */
        get: operations["getCoverAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/create_mashup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a create-mashup task. */
        post: operations["createCreateMashup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/create_mashup/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a create-mashup task. */
        get: operations["getCreateMashup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/extend_music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an extend-music task. */
        post: operations["createExtendMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/extend_music/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an extend-music task. */
        get: operations["getExtendMusic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_artwork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a generate-artwork task. */
        post: operations["createGenerateArtwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_artwork/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a generate-artwork task. */
        get: operations["getGenerateArtwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_lyrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a generate-lyrics task. */
        post: operations["createGenerateLyrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_lyrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a generate-lyrics task. */
        get: operations["getGenerateLyrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_midi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a generate-midi task. */
        post: operations["createGenerateMidi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_midi/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a generate-midi task. */
        get: operations["getGenerateMidi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_persona": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run generate persona; the answer is the finished result. */
        post: operations["createGeneratePersona"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a generate-voice task. */
        post: operations["createGenerateVoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/generate_voice/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a generate-voice task. */
        get: operations["getGenerateVoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/get_timestamped_lyrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run get timestamped lyrics; the answer is the finished result. */
        post: operations["createGetTimestampedLyrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/inspire_music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an inspire-music task. */
        post: operations["createInspireMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/inspire_music/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an inspire-music task. */
        get: operations["getInspireMusic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/regenerate_validation_phrase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a regenerate-validation-phrase task. */
        post: operations["createRegenerateValidationPhrase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/regenerate_validation_phrase/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a regenerate-validation-phrase task. */
        get: operations["getRegenerateValidationPhrase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/remaster_audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a remaster-audio task. */
        post: operations["createRemasterAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/remaster_audio/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a remaster-audio task. */
        get: operations["getRemasterAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/replace_section": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a replace-section task. */
        post: operations["createReplaceSection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/replace_section/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a replace-section task. */
        get: operations["getReplaceSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/separate_audio_stems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a separate-audio-stems task. */
        post: operations["createSeparateAudioStems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/separate_audio_stems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a separate-audio-stems task. */
        get: operations["getSeparateAudioStems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/stitch_audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a stitch-audio task. */
        post: operations["createStitchAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/stitch_audio/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a stitch-audio task. */
        get: operations["getStitchAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/text_to_music": {
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
    "/api/v1/suno/text_to_music/{id}": {
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
    "/api/v1/suno/text_to_sound": {
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
    "/api/v1/suno/text_to_sound/{id}": {
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
    "/api/v1/suno/visualize_music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a visualize-music task. */
        post: operations["createVisualizeMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/visualize_music/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a visualize-music task. */
        get: operations["getVisualizeMusic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/voice_to_validation_phrase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a voice-to-validation-phrase task. */
        post: operations["createVoiceToValidationPhrase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suno/voice_to_validation_phrase/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a voice-to-validation-phrase task. */
        get: operations["getVoiceToValidationPhrase"];
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
        /** suno-v4.5-plus · add instrumental */
        SunoV45PlusAddInstrumental: {
            /**
             * The model to run: suno-v4.5-plus · add instrumental.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_instrumental`). Price: 12¢.
             */
            model: "suno-v4.5-plus";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to add instrumentation to.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /** Song title. */
            title: string;
            /** Styles to avoid. */
            negative_tags: string;
            /** Style or genre tags. */
            tags: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5 · add instrumental */
        SunoV5AddInstrumental: {
            /**
             * The model to run: suno-v5 · add instrumental.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_instrumental`). Price: 12¢.
             */
            model: "suno-v5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to add instrumentation to.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /** Song title. */
            title: string;
            /** Styles to avoid. */
            negative_tags: string;
            /** Style or genre tags. */
            tags: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5.5 · add instrumental */
        SunoV55AddInstrumental: {
            /**
             * The model to run: suno-v5.5 · add instrumental.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_instrumental`). Price: 12¢.
             */
            model: "suno-v5.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to add instrumentation to.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /** Song title. */
            title: string;
            /** Styles to avoid. */
            negative_tags: string;
            /** Style or genre tags. */
            tags: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4 · add samples */
        SunoV4AddSamples: {
            /**
             * The model to run: suno-v4 · add samples.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_samples`). Price: not published.
             */
            model: "suno-v4";
            /**
             * URL of the audio file to sample.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url: string;
            /**
             * Start of the sample range in seconds.
             *
             * At least 0.
             */
            start_seconds: number;
            /**
             * End of the sample range in seconds; must exceed start_seconds.
             *
             * At least 0.
             */
            end_seconds: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5 · add samples */
        SunoV45AddSamples: {
            /**
             * The model to run: suno-v4.5 · add samples.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_samples`). Price: not published.
             */
            model: "suno-v4.5";
            /**
             * URL of the audio file to sample.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url: string;
            /**
             * Start of the sample range in seconds.
             *
             * At least 0.
             */
            start_seconds: number;
            /**
             * End of the sample range in seconds; must exceed start_seconds.
             *
             * At least 0.
             */
            end_seconds: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5-plus · add samples */
        SunoV45PlusAddSamples: {
            /**
             * The model to run: suno-v4.5-plus · add samples.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_samples`). Price: not published.
             */
            model: "suno-v4.5-plus";
            /**
             * URL of the audio file to sample.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url: string;
            /**
             * Start of the sample range in seconds.
             *
             * At least 0.
             */
            start_seconds: number;
            /**
             * End of the sample range in seconds; must exceed start_seconds.
             *
             * At least 0.
             */
            end_seconds: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5 · add samples */
        SunoV5AddSamples: {
            /**
             * The model to run: suno-v5 · add samples.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_samples`). Price: not published.
             */
            model: "suno-v5";
            /**
             * URL of the audio file to sample.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url: string;
            /**
             * Start of the sample range in seconds.
             *
             * At least 0.
             */
            start_seconds: number;
            /**
             * End of the sample range in seconds; must exceed start_seconds.
             *
             * At least 0.
             */
            end_seconds: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5.5 · add samples */
        SunoV55AddSamples: {
            /**
             * The model to run: suno-v5.5 · add samples.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_samples`). Price: not published.
             */
            model: "suno-v5.5";
            /**
             * URL of the audio file to sample.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url: string;
            /**
             * Start of the sample range in seconds.
             *
             * At least 0.
             */
            start_seconds: number;
            /**
             * End of the sample range in seconds; must exceed start_seconds.
             *
             * At least 0.
             */
            end_seconds: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5-plus · add vocals */
        SunoV45PlusAddVocals: {
            /**
             * The model to run: suno-v4.5-plus · add vocals.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_vocals`). Price: 12¢.
             */
            model: "suno-v4.5-plus";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to add vocals to.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /** Vocal lyrics to sing. */
            lyrics: string;
            /** Song title. */
            title: string;
            /** Styles to avoid. */
            negative_tags: string;
            /** Style preset. */
            style: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5 · add vocals */
        SunoV5AddVocals: {
            /**
             * The model to run: suno-v5 · add vocals.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/add_vocals`). Price: 12¢.
             */
            model: "suno-v5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to add vocals to.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /** Vocal lyrics to sing. */
            lyrics: string;
            /** Song title. */
            title: string;
            /** Styles to avoid. */
            negative_tags: string;
            /** Style preset. */
            style: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · blend lyrics */
        SunoBlendLyrics: {
            /** First lyrics text to blend. */
            lyrics_a: string;
            /** Second lyrics text to blend. */
            lyrics_b: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · boost style */
        SunoBoostStyle: {
            /** Style description to expand into genre tags. */
            description: string;
        };
        /** Suno · check voice */
        SunoCheckVoice: {
            /** Custom voice task ID to check. */
            task_id: string;
        };
        /** Suno · convert audio */
        SunoConvertAudio: {
            /** Source task ID. */
            task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4 · cover audio */
        SunoV4CoverAudio: {
            /**
             * The model to run: suno-v4 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to cover.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Cover brief for automatic lyrics. */
            prompt?: string;
            /** Exact cover lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4";
        });
        /** suno-v4.5 · cover audio */
        SunoV45CoverAudio: {
            /**
             * The model to run: suno-v4.5 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to cover.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Cover brief for automatic lyrics. */
            prompt?: string;
            /** Exact cover lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4.5";
        });
        /** suno-v4.5-all · cover audio */
        SunoV45AllCoverAudio: {
            /**
             * The model to run: suno-v4.5-all · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4.5-all";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to cover.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Cover brief for automatic lyrics. */
            prompt?: string;
            /** Exact cover lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5-all · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4.5-all";
        });
        /** suno-v4.5-plus · cover audio */
        SunoV45PlusCoverAudio: {
            /**
             * The model to run: suno-v4.5-plus · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4.5-plus";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to cover.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Cover brief for automatic lyrics. */
            prompt?: string;
            /** Exact cover lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5-plus · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v4.5-plus";
        });
        /** suno-v5 · cover audio */
        SunoV5CoverAudio: {
            /**
             * The model to run: suno-v5 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to cover.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Cover brief for automatic lyrics. */
            prompt?: string;
            /** Exact cover lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v5 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v5";
        });
        /** suno-v5.5 · cover audio */
        SunoV55CoverAudio: {
            /**
             * The model to run: suno-v5.5 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v5.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * URL of the audio file to cover.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url: string;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Cover brief for automatic lyrics. */
            prompt?: string;
            /** Exact cover lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v5.5 · cover audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/cover_audio`). Price: 12¢.
             */
            model: "suno-v5.5";
        });
        /** suno-v4 · create mashup */
        SunoV4CreateMashup: {
            /**
             * The model to run: suno-v4 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Two audio URLs to mashup.
             *
             * Exactly 2 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            upload_url_list: string[];
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Mashup brief for automatic lyrics. */
            prompt?: string;
            /** Exact mashup lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4";
        });
        /** suno-v4.5 · create mashup */
        SunoV45CreateMashup: {
            /**
             * The model to run: suno-v4.5 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Two audio URLs to mashup.
             *
             * Exactly 2 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            upload_url_list: string[];
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Mashup brief for automatic lyrics. */
            prompt?: string;
            /** Exact mashup lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4.5";
        });
        /** suno-v4.5-all · create mashup */
        SunoV45AllCreateMashup: {
            /**
             * The model to run: suno-v4.5-all · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4.5-all";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Two audio URLs to mashup.
             *
             * Exactly 2 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            upload_url_list: string[];
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Mashup brief for automatic lyrics. */
            prompt?: string;
            /** Exact mashup lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5-all · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4.5-all";
        });
        /** suno-v4.5-plus · create mashup */
        SunoV45PlusCreateMashup: {
            /**
             * The model to run: suno-v4.5-plus · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4.5-plus";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Two audio URLs to mashup.
             *
             * Exactly 2 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            upload_url_list: string[];
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Mashup brief for automatic lyrics. */
            prompt?: string;
            /** Exact mashup lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5-plus · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v4.5-plus";
        });
        /** suno-v5 · create mashup */
        SunoV5CreateMashup: {
            /**
             * The model to run: suno-v5 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Two audio URLs to mashup.
             *
             * Exactly 2 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            upload_url_list: string[];
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Mashup brief for automatic lyrics. */
            prompt?: string;
            /** Exact mashup lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v5 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v5";
        });
        /** suno-v5.5 · create mashup */
        SunoV55CreateMashup: {
            /**
             * The model to run: suno-v5.5 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v5.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Two audio URLs to mashup.
             *
             * Exactly 2 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            upload_url_list: string[];
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** Mashup brief for automatic lyrics. */
            prompt?: string;
            /** Exact mashup lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v5.5 · create mashup.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/create_mashup`). Price: 12¢.
             */
            model: "suno-v5.5";
        });
        /** suno-v4 · extend music */
        SunoV4ExtendMusic: {
            /**
             * The model to run: suno-v4 · extend music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/extend_music`). Price: 12¢.
             */
            model: "suno-v4";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /** Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /**
             * Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url?: string;
            /**
             * Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url?: string;
            /**
             * Inherit the source track's parameters (source) or supply custom ones (custom).
             *
             * One of: `source`, `custom`.
             */
            parameter_mode: "source" | "custom";
            /** When true, generate without vocals. */
            instrumental?: boolean;
            /** Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** Style preset. Required in custom parameter mode. */
            style?: string;
            /** Song title. Required in custom parameter mode. */
            title?: string;
            /** Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5 · extend music */
        SunoV45ExtendMusic: {
            /**
             * The model to run: suno-v4.5 · extend music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/extend_music`). Price: 12¢.
             */
            model: "suno-v4.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /** Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /**
             * Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url?: string;
            /**
             * Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url?: string;
            /**
             * Inherit the source track's parameters (source) or supply custom ones (custom).
             *
             * One of: `source`, `custom`.
             */
            parameter_mode: "source" | "custom";
            /** When true, generate without vocals. */
            instrumental?: boolean;
            /** Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** Style preset. Required in custom parameter mode. */
            style?: string;
            /** Song title. Required in custom parameter mode. */
            title?: string;
            /** Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5-all · extend music */
        SunoV45AllExtendMusic: {
            /**
             * The model to run: suno-v4.5-all · extend music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/extend_music`). Price: 12¢.
             */
            model: "suno-v4.5-all";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /** Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /**
             * Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url?: string;
            /**
             * Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url?: string;
            /**
             * Inherit the source track's parameters (source) or supply custom ones (custom).
             *
             * One of: `source`, `custom`.
             */
            parameter_mode: "source" | "custom";
            /** When true, generate without vocals. */
            instrumental?: boolean;
            /** Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** Style preset. Required in custom parameter mode. */
            style?: string;
            /** Song title. Required in custom parameter mode. */
            title?: string;
            /** Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5-plus · extend music */
        SunoV45PlusExtendMusic: {
            /**
             * The model to run: suno-v4.5-plus · extend music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/extend_music`). Price: 12¢.
             */
            model: "suno-v4.5-plus";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /** Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /**
             * Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url?: string;
            /**
             * Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url?: string;
            /**
             * Inherit the source track's parameters (source) or supply custom ones (custom).
             *
             * One of: `source`, `custom`.
             */
            parameter_mode: "source" | "custom";
            /** When true, generate without vocals. */
            instrumental?: boolean;
            /** Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** Style preset. Required in custom parameter mode. */
            style?: string;
            /** Song title. Required in custom parameter mode. */
            title?: string;
            /** Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5 · extend music */
        SunoV5ExtendMusic: {
            /**
             * The model to run: suno-v5 · extend music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/extend_music`). Price: 12¢.
             */
            model: "suno-v5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /** Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /**
             * Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url?: string;
            /**
             * Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url?: string;
            /**
             * Inherit the source track's parameters (source) or supply custom ones (custom).
             *
             * One of: `source`, `custom`.
             */
            parameter_mode: "source" | "custom";
            /** When true, generate without vocals. */
            instrumental?: boolean;
            /** Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** Style preset. Required in custom parameter mode. */
            style?: string;
            /** Song title. Required in custom parameter mode. */
            title?: string;
            /** Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5.5 · extend music */
        SunoV55ExtendMusic: {
            /**
             * The model to run: suno-v5.5 · extend music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/extend_music`). Price: 12¢.
             */
            model: "suno-v5.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /** Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /**
             * Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            audio_url?: string;
            /**
             * Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url?: string;
            /**
             * Inherit the source track's parameters (source) or supply custom ones (custom).
             *
             * One of: `source`, `custom`.
             */
            parameter_mode: "source" | "custom";
            /** When true, generate without vocals. */
            instrumental?: boolean;
            /** Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** Style preset. Required in custom parameter mode. */
            style?: string;
            /** Song title. Required in custom parameter mode. */
            title?: string;
            /** Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Styles to avoid. */
            negative_tags?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · generate artwork */
        SunoGenerateArtwork: {
            /** Source music task ID. */
            task_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · generate lyrics */
        SunoGenerateLyrics: {
            /** Lyrics generation prompt. */
            prompt: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · generate MIDI */
        SunoGenerateMidi: {
            /** Source task ID. */
            task_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · generate persona */
        SunoGeneratePersona: {
            /** Source task ID with reference vocals. */
            task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /** Persona name. */
            name: string;
            /** Persona description. */
            description: string;
        };
        /** Suno · generate voice */
        SunoGenerateVoice: {
            /** Prior validation phrase task ID. */
            task_id: string;
            /**
             * User recording URL of the validation phrase.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            verify_url: string;
            /** Custom voice display name. */
            voice_name?: string;
            /** Custom voice description. */
            description?: string;
            /** Style preset. */
            style?: string;
            /**
             * Singer skill level.
             *
             * One of: `beginner`, `intermediate`, `advanced`, `professional`.
             */
            singer_skill_level?: "beginner" | "intermediate" | "advanced" | "professional";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · get timestamped lyrics */
        SunoGetTimestampedLyrics: {
            /** Source task ID. */
            task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
        };
        /** suno-v4 · inspire music */
        SunoV4InspireMusic: {
            /**
             * The model to run: suno-v4 · inspire music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/inspire_music`). Price: not published.
             */
            model: "suno-v4";
            /**
             * One to four audio URLs that guide the new music.
             *
             * 1–4 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            audio_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5 · inspire music */
        SunoV45InspireMusic: {
            /**
             * The model to run: suno-v4.5 · inspire music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/inspire_music`). Price: not published.
             */
            model: "suno-v4.5";
            /**
             * One to four audio URLs that guide the new music.
             *
             * 1–4 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            audio_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5-plus · inspire music */
        SunoV45PlusInspireMusic: {
            /**
             * The model to run: suno-v4.5-plus · inspire music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/inspire_music`). Price: not published.
             */
            model: "suno-v4.5-plus";
            /**
             * One to four audio URLs that guide the new music.
             *
             * 1–4 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            audio_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5 · inspire music */
        SunoV5InspireMusic: {
            /**
             * The model to run: suno-v5 · inspire music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/inspire_music`). Price: not published.
             */
            model: "suno-v5";
            /**
             * One to four audio URLs that guide the new music.
             *
             * 1–4 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            audio_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5.5 · inspire music */
        SunoV55InspireMusic: {
            /**
             * The model to run: suno-v5.5 · inspire music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/inspire_music`). Price: not published.
             */
            model: "suno-v5.5";
            /**
             * One to four audio URLs that guide the new music.
             *
             * 1–4 items. Takes local files too (Blobs or Files, bytes, streams): each is uploaded first and sent as its URL.
             */
            audio_urls: string[];
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · regenerate validation phrase */
        SunoRegenerateValidationPhrase: {
            /** Prior validation phrase task ID. */
            task_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4 · remaster audio */
        SunoV4RemasterAudio: {
            /**
             * The model to run: suno-v4 · remaster audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/remaster_audio`). Price: not published.
             */
            model: "suno-v4";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5 · remaster audio */
        SunoV45RemasterAudio: {
            /**
             * The model to run: suno-v4.5 · remaster audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/remaster_audio`). Price: not published.
             */
            model: "suno-v4.5";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5-plus · remaster audio */
        SunoV45PlusRemasterAudio: {
            /**
             * The model to run: suno-v4.5-plus · remaster audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/remaster_audio`). Price: not published.
             */
            model: "suno-v4.5-plus";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5 · remaster audio */
        SunoV5RemasterAudio: {
            /**
             * The model to run: suno-v5 · remaster audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/remaster_audio`). Price: not published.
             */
            model: "suno-v5";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5.5 · remaster audio */
        SunoV55RemasterAudio: {
            /**
             * The model to run: suno-v5.5 · remaster audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/remaster_audio`). Price: not published.
             */
            model: "suno-v5.5";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · replace section */
        SunoReplaceSection: {
            /** Source task ID. Use with audio_id; do not combine with upload_url/model. */
            task_id?: string;
            /** Audio ID within the source task. Use with task_id; do not combine with upload_url/model. */
            audio_id?: string;
            /**
             * Uploaded source audio URL. Use with model; do not combine with task_id/audio_id.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            upload_url?: string;
            /** Replacement section lyrics. */
            lyrics: string;
            /** Style or genre tags. */
            tags: string;
            /** Song title. */
            title: string;
            /** Section start time in seconds; the replacement duration must be at least 10 seconds. */
            infill_start_time: number;
            /** Section end time in seconds; must be greater than infill_start_time and produce a replacement duration of at least 10 seconds. */
            infill_end_time: number;
            /** Styles to avoid. */
            negative_tags?: string;
            /** Complete song lyrics for context. */
            full_lyrics: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · separate audio stems */
        SunoSeparateAudioStems: {
            /** Source task ID. */
            task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * Stem separation mode.
             *
             * One of: `separate_vocal`, `split_stem`, `split_stem_advanced`.
             * @default separate_vocal
             */
            type: "separate_vocal" | "split_stem" | "split_stem_advanced";
            /**
             * Target stem for advanced separation. Required when type is split_stem_advanced.
             *
             * One of: `Lead Vocal`, `Drum Kit`, `Kick`, `Snare`, `Risers`, `Bass`, `Backing Vocals`, `Piano`, `Electric Guitar`, `Percussion`, `String Section`, `Synth`, `Acoustic Guitar`, `Sound Effects`, `Synth Pad`, `Synth Bass`, `Guitar`, `Brass Section`, `Organ`, `Electronic Drum Kit`, `Lead Electric Guitar`, `Synth Keys`, `Rhythm Electric Guitar`, `Electric Piano`, `Upright Bass`, `Keyboards`, `Distorted Electric Guitar`, `Synth Strings`, `Synth Lead`, `Woodwinds`, `Rhythm Acoustic Guitar`, `Flute`, `Harp`, `Tambourine`, `Trumpet`, `Arpeggiator`, `Accordion`, `Fiddle`, `Pedal Steel Guitar`, `Synth Voice`, `Violin`, `Digital Piano`, `Synth Brass`, `Mandolin`, `Choir`, `Banjo`, `Bells`, `Clarinet`, `Tenor Saxophone`, `Trombone`, `Shaker`, `French Horn`, `Glockenspiel`, `Electric Bass`, `Cello`, `Timpani`, `Harmonica`, `Marimba`, `Vibraphone`, `Lap Steel Guitar`, `Saxophone`, `Orchestra`, `Horns`, `Cymbals`, `Hand Clap`, `Oboe`, `Celesta`, `Congas`, `Drone`, `Alto Saxophone`, `Double Bass`, `Ukulele`, `Harpsichord`, `Baritone Saxophone`, `Xylophone`, `Tuba`, `Bass Guitar`, `Whistle`, `Lead Guitar`, `Rhodes`, `808`, `Bongos`, `Bassoon`, `Cowbell`, `Viola`, `Sitar`, `Steel Drums`, `Piccolo`, `Theremin`, `Bagpipes`, `Hi-Hat`, `Music Box`, `Melodica`, `Tabla`, `Koto`, `Djembe`, `Taiko`, `Didgeridoo`.
             */
            stem_name?: "Lead Vocal" | "Drum Kit" | "Kick" | "Snare" | "Risers" | "Bass" | "Backing Vocals" | "Piano" | "Electric Guitar" | "Percussion" | "String Section" | "Synth" | "Acoustic Guitar" | "Sound Effects" | "Synth Pad" | "Synth Bass" | "Guitar" | "Brass Section" | "Organ" | "Electronic Drum Kit" | "Lead Electric Guitar" | "Synth Keys" | "Rhythm Electric Guitar" | "Electric Piano" | "Upright Bass" | "Keyboards" | "Distorted Electric Guitar" | "Synth Strings" | "Synth Lead" | "Woodwinds" | "Rhythm Acoustic Guitar" | "Flute" | "Harp" | "Tambourine" | "Trumpet" | "Arpeggiator" | "Accordion" | "Fiddle" | "Pedal Steel Guitar" | "Synth Voice" | "Violin" | "Digital Piano" | "Synth Brass" | "Mandolin" | "Choir" | "Banjo" | "Bells" | "Clarinet" | "Tenor Saxophone" | "Trombone" | "Shaker" | "French Horn" | "Glockenspiel" | "Electric Bass" | "Cello" | "Timpani" | "Harmonica" | "Marimba" | "Vibraphone" | "Lap Steel Guitar" | "Saxophone" | "Orchestra" | "Horns" | "Cymbals" | "Hand Clap" | "Oboe" | "Celesta" | "Congas" | "Drone" | "Alto Saxophone" | "Double Bass" | "Ukulele" | "Harpsichord" | "Baritone Saxophone" | "Xylophone" | "Tuba" | "Bass Guitar" | "Whistle" | "Lead Guitar" | "Rhodes" | "808" | "Bongos" | "Bassoon" | "Cowbell" | "Viola" | "Sitar" | "Steel Drums" | "Piccolo" | "Theremin" | "Bagpipes" | "Hi-Hat" | "Music Box" | "Melodica" | "Tabla" | "Koto" | "Djembe" | "Taiko" | "Didgeridoo";
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & unknown;
        /** suno-v4 · stitch audio */
        SunoV4StitchAudio: {
            /**
             * The model to run: suno-v4 · stitch audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/stitch_audio`). Price: not published.
             */
            model: "suno-v4";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5 · stitch audio */
        SunoV45StitchAudio: {
            /**
             * The model to run: suno-v4.5 · stitch audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/stitch_audio`). Price: not published.
             */
            model: "suno-v4.5";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4.5-plus · stitch audio */
        SunoV45PlusStitchAudio: {
            /**
             * The model to run: suno-v4.5-plus · stitch audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/stitch_audio`). Price: not published.
             */
            model: "suno-v4.5-plus";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5 · stitch audio */
        SunoV5StitchAudio: {
            /**
             * The model to run: suno-v5 · stitch audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/stitch_audio`). Price: not published.
             */
            model: "suno-v5";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5.5 · stitch audio */
        SunoV55StitchAudio: {
            /**
             * The model to run: suno-v5.5 · stitch audio.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/stitch_audio`). Price: not published.
             */
            model: "suno-v5.5";
            /** Completed source task ID. */
            source_task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v4 · text to music */
        SunoV4TextToMusic: {
            /**
             * The model to run: suno-v4 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v4";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /**
             * Song brief for automatic lyrics.
             *
             * At most 3000 characters.
             */
            prompt?: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Styles to avoid. */
            negative_tags?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Timestamp in seconds to continue from. */
            continue_at?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v4";
        });
        /** suno-v4.5 · text to music */
        SunoV45TextToMusic: {
            /**
             * The model to run: suno-v4.5 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v4.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /**
             * Song brief for automatic lyrics.
             *
             * At most 3000 characters.
             */
            prompt?: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Styles to avoid. */
            negative_tags?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Timestamp in seconds to continue from. */
            continue_at?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v4.5";
        });
        /** suno-v4.5-all · text to music */
        SunoV45AllTextToMusic: {
            /**
             * The model to run: suno-v4.5-all · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 12¢.
             */
            model: "suno-v4.5-all";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /**
             * Song brief for automatic lyrics.
             *
             * At most 3000 characters.
             */
            prompt?: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Styles to avoid. */
            negative_tags?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Timestamp in seconds to continue from. */
            continue_at?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5-all · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 12¢.
             */
            model: "suno-v4.5-all";
        });
        /** suno-v4.5-plus · text to music */
        SunoV45PlusTextToMusic: {
            /**
             * The model to run: suno-v4.5-plus · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v4.5-plus";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /**
             * Song brief for automatic lyrics.
             *
             * At most 3000 characters.
             */
            prompt?: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Styles to avoid. */
            negative_tags?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Timestamp in seconds to continue from. */
            continue_at?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v4.5-plus · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v4.5-plus";
        });
        /** suno-v5 · text to music */
        SunoV5TextToMusic: {
            /**
             * The model to run: suno-v5 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /**
             * Song brief for automatic lyrics.
             *
             * At most 3000 characters.
             */
            prompt?: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Styles to avoid. */
            negative_tags?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /** Timestamp in seconds to continue from. */
            continue_at?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v5 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v5";
        });
        /** suno-v5.5 · text to music */
        SunoV55TextToMusic: {
            /**
             * The model to run: suno-v5.5 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v5.5";
            /**
             * Vocal gender.
             *
             * One of: `male`, `female`.
             */
            vocal_gender?: "male" | "female";
            /** Style adherence weight (0-1). */
            style_weight?: number;
            /** Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** Audio weight (0-1). */
            audio_weight?: number;
            /**
             * Vocal generation mode.
             *
             * One of: `auto_lyrics`, `exact_lyrics`, `instrumental`.
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /**
             * Song brief for automatic lyrics.
             *
             * At most 3000 characters.
             */
            prompt?: string;
            /** Exact lyrics to sing. */
            lyrics?: string;
            /** Music style. */
            style?: string;
            /** Music title. */
            title?: string;
            /** Styles to avoid. */
            negative_tags?: string;
            /** Persona ID. */
            persona_id?: string;
            /**
             * Persona type.
             *
             * One of: `style`, `voice`.
             */
            persona_type?: "style" | "voice";
            /**
             * Preferred duration in seconds; only available for Suno V5.5 custom requests.
             *
             * A whole number from 10 to 360.
             */
            duration_seconds?: number;
            /** Timestamp in seconds to continue from. */
            continue_at?: number;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * The model to run: suno-v5.5 · text to music.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_music`). Price: 22¢.
             */
            model: "suno-v5.5";
        });
        /** suno-v5 · text to sound */
        SunoV5TextToSound: {
            /**
             * The model to run: suno-v5 · text to sound.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_sound`). Price: 3¢.
             */
            model: "suno-v5";
            /** Sound description (max 500 characters). */
            prompt: string;
            /** When true, produce loopable audio. Default false. */
            sound_loop?: boolean;
            /**
             * Tempo in BPM (1-300).
             *
             * A whole number.
             */
            sound_tempo?: number;
            /**
             * Musical key.
             *
             * One of: `Cm`, `C#m`, `Dm`, `D#m`, `Em`, `Fm`, `F#m`, `Gm`, `G#m`, `Am`, `A#m`, `Bm`, `C`, `C#`, `D`, `D#`, `E`, `F`, `F#`, `G`, `G#`, `A`, `A#`, `B`.
             */
            sound_key?: "Cm" | "C#m" | "Dm" | "D#m" | "Em" | "Fm" | "F#m" | "Gm" | "G#m" | "Am" | "A#m" | "Bm" | "C" | "C#" | "D" | "D#" | "E" | "F" | "F#" | "G" | "G#" | "A" | "A#" | "B";
            /** Capture lyric subtitles. Default false. */
            grab_lyrics?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** suno-v5.5 · text to sound */
        SunoV55TextToSound: {
            /**
             * The model to run: suno-v5.5 · text to sound.
             *
             * It decides which fields the request takes and where it is sent (`POST /api/v1/suno/text_to_sound`). Price: 3¢.
             */
            model: "suno-v5.5";
            /** Sound description (max 500 characters). */
            prompt: string;
            /** When true, produce loopable audio. Default false. */
            sound_loop?: boolean;
            /**
             * Tempo in BPM (1-300).
             *
             * A whole number.
             */
            sound_tempo?: number;
            /**
             * Musical key.
             *
             * One of: `Cm`, `C#m`, `Dm`, `D#m`, `Em`, `Fm`, `F#m`, `Gm`, `G#m`, `Am`, `A#m`, `Bm`, `C`, `C#`, `D`, `D#`, `E`, `F`, `F#`, `G`, `G#`, `A`, `A#`, `B`.
             */
            sound_key?: "Cm" | "C#m" | "Dm" | "D#m" | "Em" | "Fm" | "F#m" | "Gm" | "G#m" | "Am" | "A#m" | "Bm" | "C" | "C#" | "D" | "D#" | "E" | "F" | "F#" | "G" | "G#" | "A" | "A#" | "B";
            /** Capture lyric subtitles. Default false. */
            grab_lyrics?: boolean;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · visualize music */
        SunoVisualizeMusic: {
            /** Source task ID. */
            task_id: string;
            /** Audio ID within the source task. */
            audio_id: string;
            /** Author name shown in the video. */
            author?: string;
            /** Domain name watermark. */
            domain_name?: string;
            /**
             * An HTTP(S) URL that receives the task JSON when the task ends.
             *
             * Must match `^https?://`.
             */
            callback_url?: string;
        };
        /** Suno · voice to validation phrase */
        SunoVoiceToValidationPhrase: {
            /**
             * Source voice recording URL.
             *
             * Takes a local file too (a Blob or File, bytes, a stream): it is uploaded first and sent as its URL.
             */
            voice_url: string;
            /**
             * Start time (seconds) of the source vocal segment.
             *
             * A whole number.
             */
            vocal_start_seconds: number;
            /**
             * End time (seconds) of the source vocal segment. Must be greater than vocal_start_seconds.
             *
             * A whole number.
             */
            vocal_end_seconds: number;
            /**
             * Language code.
             *
             * One of: `en`, `zh`, `es`, `fr`, `pt`, `de`, `ja`, `ko`, `hi`, `ru`.
             */
            language?: "en" | "zh" | "es" | "fr" | "pt" | "de" | "ja" | "ko" | "hi" | "ru";
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
        ImageOutput: {
            /** A temporary URL; download within 7 days. */
            url: string;
        };
        VideoOutput: {
            /** A temporary URL; download within 7 days. */
            url: string;
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
        /** @description A task of an image family; `images` is set once it has completed. */
        ImagesTask: components["schemas"]["Task"] & {
            images?: components["schemas"]["ImageOutput"][];
        };
        /** @description A task of a video action; `videos` is set once it has completed. */
        VideosTask: components["schemas"]["Task"] & {
            videos?: components["schemas"]["VideoOutput"][];
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
        /** @description The finished result of a synchronous action. */
        SyncResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SyncResult"];
            };
        };
        /** @description The task. */
        ImagesTask: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImagesTask"];
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
    createAddInstrumental: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV45PlusAddInstrumental"] | components["schemas"]["SunoV5AddInstrumental"] | components["schemas"]["SunoV55AddInstrumental"];
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
    getAddInstrumental: {
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
    createAddSamples: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4AddSamples"] | components["schemas"]["SunoV45AddSamples"] | components["schemas"]["SunoV45PlusAddSamples"] | components["schemas"]["SunoV5AddSamples"] | components["schemas"]["SunoV55AddSamples"];
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
    getAddSamples: {
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
    createAddVocals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV45PlusAddVocals"] | components["schemas"]["SunoV5AddVocals"];
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
    getAddVocals: {
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
    createBlendLyrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoBlendLyrics"];
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
    getBlendLyrics: {
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
    createBoostStyle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoBoostStyle"];
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
    createCheckVoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoCheckVoice"];
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
    createConvertAudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoConvertAudio"];
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
    getConvertAudio: {
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
    createCoverAudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4CoverAudio"] | components["schemas"]["SunoV45CoverAudio"] | components["schemas"]["SunoV45AllCoverAudio"] | components["schemas"]["SunoV45PlusCoverAudio"] | components["schemas"]["SunoV5CoverAudio"] | components["schemas"]["SunoV55CoverAudio"];
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
    getCoverAudio: {
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
    createCreateMashup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4CreateMashup"] | components["schemas"]["SunoV45CreateMashup"] | components["schemas"]["SunoV45AllCreateMashup"] | components["schemas"]["SunoV45PlusCreateMashup"] | components["schemas"]["SunoV5CreateMashup"] | components["schemas"]["SunoV55CreateMashup"];
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
    getCreateMashup: {
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
    createExtendMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4ExtendMusic"] | components["schemas"]["SunoV45ExtendMusic"] | components["schemas"]["SunoV45AllExtendMusic"] | components["schemas"]["SunoV45PlusExtendMusic"] | components["schemas"]["SunoV5ExtendMusic"] | components["schemas"]["SunoV55ExtendMusic"];
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
    getExtendMusic: {
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
    createGenerateArtwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateArtwork"];
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
    getGenerateArtwork: {
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
            200: components["responses"]["ImagesTask"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
        };
    };
    createGenerateLyrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateLyrics"];
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
    getGenerateLyrics: {
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
    createGenerateMidi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateMidi"];
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
    getGenerateMidi: {
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
    createGeneratePersona: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGeneratePersona"];
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
    createGenerateVoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateVoice"];
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
    getGenerateVoice: {
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
    createGetTimestampedLyrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGetTimestampedLyrics"];
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
    createInspireMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4InspireMusic"] | components["schemas"]["SunoV45InspireMusic"] | components["schemas"]["SunoV45PlusInspireMusic"] | components["schemas"]["SunoV5InspireMusic"] | components["schemas"]["SunoV55InspireMusic"];
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
    getInspireMusic: {
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
    createRegenerateValidationPhrase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoRegenerateValidationPhrase"];
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
    getRegenerateValidationPhrase: {
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
    createRemasterAudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4RemasterAudio"] | components["schemas"]["SunoV45RemasterAudio"] | components["schemas"]["SunoV45PlusRemasterAudio"] | components["schemas"]["SunoV5RemasterAudio"] | components["schemas"]["SunoV55RemasterAudio"];
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
    getRemasterAudio: {
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
    createReplaceSection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoReplaceSection"];
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
    getReplaceSection: {
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
    createSeparateAudioStems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoSeparateAudioStems"];
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
    getSeparateAudioStems: {
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
    createStitchAudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4StitchAudio"] | components["schemas"]["SunoV45StitchAudio"] | components["schemas"]["SunoV45PlusStitchAudio"] | components["schemas"]["SunoV5StitchAudio"] | components["schemas"]["SunoV55StitchAudio"];
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
    getStitchAudio: {
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
    createTextToMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV4TextToMusic"] | components["schemas"]["SunoV45TextToMusic"] | components["schemas"]["SunoV45AllTextToMusic"] | components["schemas"]["SunoV45PlusTextToMusic"] | components["schemas"]["SunoV5TextToMusic"] | components["schemas"]["SunoV55TextToMusic"];
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
    createTextToSound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoV5TextToSound"] | components["schemas"]["SunoV55TextToSound"];
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
    createVisualizeMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoVisualizeMusic"];
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
    getVisualizeMusic: {
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
    createVoiceToValidationPhrase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoVoiceToValidationPhrase"];
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
    getVoiceToValidationPhrase: {
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
}
