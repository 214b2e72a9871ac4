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
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to add instrumentation to. */
            upload_url: string;
            /** @description Song title. */
            title: string;
            /** @description Styles to avoid. */
            negative_tags: string;
            /** @description Style or genre tags. */
            tags: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5 · add instrumental */
        SunoV5AddInstrumental: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to add instrumentation to. */
            upload_url: string;
            /** @description Song title. */
            title: string;
            /** @description Styles to avoid. */
            negative_tags: string;
            /** @description Style or genre tags. */
            tags: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5.5 · add instrumental */
        SunoV55AddInstrumental: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to add instrumentation to. */
            upload_url: string;
            /** @description Song title. */
            title: string;
            /** @description Styles to avoid. */
            negative_tags: string;
            /** @description Style or genre tags. */
            tags: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4 · add samples */
        SunoV4AddSamples: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
            /** @description URL of the audio file to sample. */
            audio_url: string;
            /** @description Start of the sample range in seconds. */
            start_seconds: number;
            /** @description End of the sample range in seconds; must exceed start_seconds. */
            end_seconds: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5 · add samples */
        SunoV45AddSamples: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
            /** @description URL of the audio file to sample. */
            audio_url: string;
            /** @description Start of the sample range in seconds. */
            start_seconds: number;
            /** @description End of the sample range in seconds; must exceed start_seconds. */
            end_seconds: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5-plus · add samples */
        SunoV45PlusAddSamples: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
            /** @description URL of the audio file to sample. */
            audio_url: string;
            /** @description Start of the sample range in seconds. */
            start_seconds: number;
            /** @description End of the sample range in seconds; must exceed start_seconds. */
            end_seconds: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5 · add samples */
        SunoV5AddSamples: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /** @description URL of the audio file to sample. */
            audio_url: string;
            /** @description Start of the sample range in seconds. */
            start_seconds: number;
            /** @description End of the sample range in seconds; must exceed start_seconds. */
            end_seconds: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5.5 · add samples */
        SunoV55AddSamples: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
            /** @description URL of the audio file to sample. */
            audio_url: string;
            /** @description Start of the sample range in seconds. */
            start_seconds: number;
            /** @description End of the sample range in seconds; must exceed start_seconds. */
            end_seconds: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5-plus · add vocals */
        SunoV45PlusAddVocals: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to add vocals to. */
            upload_url: string;
            /** @description Vocal lyrics to sing. */
            lyrics: string;
            /** @description Song title. */
            title: string;
            /** @description Styles to avoid. */
            negative_tags: string;
            /** @description Style preset. */
            style: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5 · add vocals */
        SunoV5AddVocals: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to add vocals to. */
            upload_url: string;
            /** @description Vocal lyrics to sing. */
            lyrics: string;
            /** @description Song title. */
            title: string;
            /** @description Styles to avoid. */
            negative_tags: string;
            /** @description Style preset. */
            style: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · blend lyrics */
        SunoBlendLyrics: {
            /** @description First lyrics text to blend. */
            lyrics_a: string;
            /** @description Second lyrics text to blend. */
            lyrics_b: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · boost style */
        SunoBoostStyle: {
            /** @description Style description to expand into genre tags. */
            description: string;
        };
        /** Suno · check voice */
        SunoCheckVoice: {
            /** @description Custom voice task ID to check. */
            task_id: string;
        };
        /** Suno · convert audio */
        SunoConvertAudio: {
            /** @description Source task ID. */
            task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4 · cover audio */
        SunoV4CoverAudio: {
            /** @constant */
            model: "suno-v4";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to cover. */
            upload_url: string;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Cover brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact cover lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
        });
        /** suno-v4.5 · cover audio */
        SunoV45CoverAudio: {
            /** @constant */
            model: "suno-v4.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to cover. */
            upload_url: string;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Cover brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact cover lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
        });
        /** suno-v4.5-all · cover audio */
        SunoV45AllCoverAudio: {
            /** @constant */
            model: "suno-v4.5-all";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to cover. */
            upload_url: string;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Cover brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact cover lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-all";
        });
        /** suno-v4.5-plus · cover audio */
        SunoV45PlusCoverAudio: {
            /** @constant */
            model: "suno-v4.5-plus";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to cover. */
            upload_url: string;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Cover brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact cover lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
        });
        /** suno-v5 · cover audio */
        SunoV5CoverAudio: {
            /** @constant */
            model: "suno-v5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to cover. */
            upload_url: string;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Cover brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact cover lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
        });
        /** suno-v5.5 · cover audio */
        SunoV55CoverAudio: {
            /** @constant */
            model: "suno-v5.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description URL of the audio file to cover. */
            upload_url: string;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Cover brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact cover lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
        });
        /** suno-v4 · create mashup */
        SunoV4CreateMashup: {
            /** @constant */
            model: "suno-v4";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Two audio URLs to mashup. */
            upload_url_list: string[];
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Mashup brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact mashup lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
        });
        /** suno-v4.5 · create mashup */
        SunoV45CreateMashup: {
            /** @constant */
            model: "suno-v4.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Two audio URLs to mashup. */
            upload_url_list: string[];
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Mashup brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact mashup lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
        });
        /** suno-v4.5-all · create mashup */
        SunoV45AllCreateMashup: {
            /** @constant */
            model: "suno-v4.5-all";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Two audio URLs to mashup. */
            upload_url_list: string[];
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Mashup brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact mashup lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-all";
        });
        /** suno-v4.5-plus · create mashup */
        SunoV45PlusCreateMashup: {
            /** @constant */
            model: "suno-v4.5-plus";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Two audio URLs to mashup. */
            upload_url_list: string[];
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Mashup brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact mashup lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
        });
        /** suno-v5 · create mashup */
        SunoV5CreateMashup: {
            /** @constant */
            model: "suno-v5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Two audio URLs to mashup. */
            upload_url_list: string[];
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Mashup brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact mashup lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
        });
        /** suno-v5.5 · create mashup */
        SunoV55CreateMashup: {
            /** @constant */
            model: "suno-v5.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Two audio URLs to mashup. */
            upload_url_list: string[];
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Mashup brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact mashup lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
        });
        /** suno-v4 · extend music */
        SunoV4ExtendMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** @description Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /** @description Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_url?: string;
            /** @description Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            upload_url?: string;
            /**
             * @description Inherit the source track's parameters (source) or supply custom ones (custom).
             * @enum {string}
             */
            parameter_mode: "source" | "custom";
            /** @description When true, generate without vocals. */
            instrumental?: boolean;
            /** @description Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** @description Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** @description Style preset. Required in custom parameter mode. */
            style?: string;
            /** @description Song title. Required in custom parameter mode. */
            title?: string;
            /** @description Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5 · extend music */
        SunoV45ExtendMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** @description Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /** @description Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_url?: string;
            /** @description Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            upload_url?: string;
            /**
             * @description Inherit the source track's parameters (source) or supply custom ones (custom).
             * @enum {string}
             */
            parameter_mode: "source" | "custom";
            /** @description When true, generate without vocals. */
            instrumental?: boolean;
            /** @description Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** @description Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** @description Style preset. Required in custom parameter mode. */
            style?: string;
            /** @description Song title. Required in custom parameter mode. */
            title?: string;
            /** @description Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5-all · extend music */
        SunoV45AllExtendMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-all";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** @description Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /** @description Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_url?: string;
            /** @description Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            upload_url?: string;
            /**
             * @description Inherit the source track's parameters (source) or supply custom ones (custom).
             * @enum {string}
             */
            parameter_mode: "source" | "custom";
            /** @description When true, generate without vocals. */
            instrumental?: boolean;
            /** @description Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** @description Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** @description Style preset. Required in custom parameter mode. */
            style?: string;
            /** @description Song title. Required in custom parameter mode. */
            title?: string;
            /** @description Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5-plus · extend music */
        SunoV45PlusExtendMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** @description Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /** @description Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_url?: string;
            /** @description Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            upload_url?: string;
            /**
             * @description Inherit the source track's parameters (source) or supply custom ones (custom).
             * @enum {string}
             */
            parameter_mode: "source" | "custom";
            /** @description When true, generate without vocals. */
            instrumental?: boolean;
            /** @description Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** @description Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** @description Style preset. Required in custom parameter mode. */
            style?: string;
            /** @description Song title. Required in custom parameter mode. */
            title?: string;
            /** @description Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5 · extend music */
        SunoV5ExtendMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** @description Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /** @description Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_url?: string;
            /** @description Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            upload_url?: string;
            /**
             * @description Inherit the source track's parameters (source) or supply custom ones (custom).
             * @enum {string}
             */
            parameter_mode: "source" | "custom";
            /** @description When true, generate without vocals. */
            instrumental?: boolean;
            /** @description Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** @description Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** @description Style preset. Required in custom parameter mode. */
            style?: string;
            /** @description Song title. Required in custom parameter mode. */
            title?: string;
            /** @description Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5.5 · extend music */
        SunoV55ExtendMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /** @description Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            task_id?: string;
            /** @description Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_id?: string;
            /** @description Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            audio_url?: string;
            /** @description Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url. */
            upload_url?: string;
            /**
             * @description Inherit the source track's parameters (source) or supply custom ones (custom).
             * @enum {string}
             */
            parameter_mode: "source" | "custom";
            /** @description When true, generate without vocals. */
            instrumental?: boolean;
            /** @description Extension brief. Cannot be combined with lyrics. */
            prompt?: string;
            /** @description Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode. */
            lyrics?: string;
            /** @description Style preset. Required in custom parameter mode. */
            style?: string;
            /** @description Song title. Required in custom parameter mode. */
            title?: string;
            /** @description Seconds into the source to continue from. Required in custom parameter mode. */
            continue_at?: number;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · generate artwork */
        SunoGenerateArtwork: {
            /** @description Source music task ID. */
            task_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · generate lyrics */
        SunoGenerateLyrics: {
            /** @description Lyrics generation prompt. */
            prompt: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · generate MIDI */
        SunoGenerateMidi: {
            /** @description Source task ID. */
            task_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · generate persona */
        SunoGeneratePersona: {
            /** @description Source task ID with reference vocals. */
            task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description Persona name. */
            name: string;
            /** @description Persona description. */
            description: string;
        };
        /** Suno · generate voice */
        SunoGenerateVoice: {
            /** @description Prior validation phrase task ID. */
            task_id: string;
            /** @description User recording URL of the validation phrase. */
            verify_url: string;
            /** @description Custom voice display name. */
            voice_name?: string;
            /** @description Custom voice description. */
            description?: string;
            /** @description Style preset. */
            style?: string;
            /**
             * @description Singer skill level.
             * @enum {string}
             */
            singer_skill_level?: "beginner" | "intermediate" | "advanced" | "professional";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · get timestamped lyrics */
        SunoGetTimestampedLyrics: {
            /** @description Source task ID. */
            task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
        };
        /** suno-v4 · inspire music */
        SunoV4InspireMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
            /** @description One to four audio URLs that guide the new music. */
            audio_urls: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5 · inspire music */
        SunoV45InspireMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
            /** @description One to four audio URLs that guide the new music. */
            audio_urls: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5-plus · inspire music */
        SunoV45PlusInspireMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
            /** @description One to four audio URLs that guide the new music. */
            audio_urls: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5 · inspire music */
        SunoV5InspireMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /** @description One to four audio URLs that guide the new music. */
            audio_urls: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5.5 · inspire music */
        SunoV55InspireMusic: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
            /** @description One to four audio URLs that guide the new music. */
            audio_urls: string[];
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · regenerate validation phrase */
        SunoRegenerateValidationPhrase: {
            /** @description Prior validation phrase task ID. */
            task_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4 · remaster audio */
        SunoV4RemasterAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5 · remaster audio */
        SunoV45RemasterAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5-plus · remaster audio */
        SunoV45PlusRemasterAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5 · remaster audio */
        SunoV5RemasterAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5.5 · remaster audio */
        SunoV55RemasterAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · replace section */
        SunoReplaceSection: {
            /** @description Source task ID. Use with audio_id; do not combine with upload_url/model. */
            task_id?: string;
            /** @description Audio ID within the source task. Use with task_id; do not combine with upload_url/model. */
            audio_id?: string;
            /** @description Uploaded source audio URL. Use with model; do not combine with task_id/audio_id. */
            upload_url?: string;
            /** @description Replacement section lyrics. */
            lyrics: string;
            /** @description Style or genre tags. */
            tags: string;
            /** @description Song title. */
            title: string;
            /** @description Section start time in seconds; the replacement duration must be at least 10 seconds. */
            infill_start_time: number;
            /** @description Section end time in seconds; must be greater than infill_start_time and produce a replacement duration of at least 10 seconds. */
            infill_end_time: number;
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description Complete song lyrics for context. */
            full_lyrics: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · separate audio stems */
        SunoSeparateAudioStems: {
            /** @description Source task ID. */
            task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /**
             * @description Stem separation mode.
             * @default separate_vocal
             * @enum {string}
             */
            type: "separate_vocal" | "split_stem" | "split_stem_advanced";
            /**
             * @description Target stem for advanced separation. Required when type is split_stem_advanced.
             * @enum {string}
             */
            stem_name?: "Lead Vocal" | "Drum Kit" | "Kick" | "Snare" | "Risers" | "Bass" | "Backing Vocals" | "Piano" | "Electric Guitar" | "Percussion" | "String Section" | "Synth" | "Acoustic Guitar" | "Sound Effects" | "Synth Pad" | "Synth Bass" | "Guitar" | "Brass Section" | "Organ" | "Electronic Drum Kit" | "Lead Electric Guitar" | "Synth Keys" | "Rhythm Electric Guitar" | "Electric Piano" | "Upright Bass" | "Keyboards" | "Distorted Electric Guitar" | "Synth Strings" | "Synth Lead" | "Woodwinds" | "Rhythm Acoustic Guitar" | "Flute" | "Harp" | "Tambourine" | "Trumpet" | "Arpeggiator" | "Accordion" | "Fiddle" | "Pedal Steel Guitar" | "Synth Voice" | "Violin" | "Digital Piano" | "Synth Brass" | "Mandolin" | "Choir" | "Banjo" | "Bells" | "Clarinet" | "Tenor Saxophone" | "Trombone" | "Shaker" | "French Horn" | "Glockenspiel" | "Electric Bass" | "Cello" | "Timpani" | "Harmonica" | "Marimba" | "Vibraphone" | "Lap Steel Guitar" | "Saxophone" | "Orchestra" | "Horns" | "Cymbals" | "Hand Clap" | "Oboe" | "Celesta" | "Congas" | "Drone" | "Alto Saxophone" | "Double Bass" | "Ukulele" | "Harpsichord" | "Baritone Saxophone" | "Xylophone" | "Tuba" | "Bass Guitar" | "Whistle" | "Lead Guitar" | "Rhodes" | "808" | "Bongos" | "Bassoon" | "Cowbell" | "Viola" | "Sitar" | "Steel Drums" | "Piccolo" | "Theremin" | "Bagpipes" | "Hi-Hat" | "Music Box" | "Melodica" | "Tabla" | "Koto" | "Djembe" | "Taiko" | "Didgeridoo";
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & unknown;
        /** suno-v4 · stitch audio */
        SunoV4StitchAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5 · stitch audio */
        SunoV45StitchAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4.5-plus · stitch audio */
        SunoV45PlusStitchAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5 · stitch audio */
        SunoV5StitchAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5.5 · stitch audio */
        SunoV55StitchAudio: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
            /** @description Completed source task ID. */
            source_task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v4 · text to music */
        SunoV4TextToMusic: {
            /** @constant */
            model: "suno-v4";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Song brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Timestamp in seconds to continue from. */
            continue_at?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4";
        });
        /** suno-v4.5 · text to music */
        SunoV45TextToMusic: {
            /** @constant */
            model: "suno-v4.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Song brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Timestamp in seconds to continue from. */
            continue_at?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5";
        });
        /** suno-v4.5-all · text to music */
        SunoV45AllTextToMusic: {
            /** @constant */
            model: "suno-v4.5-all";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Song brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Timestamp in seconds to continue from. */
            continue_at?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-all";
        });
        /** suno-v4.5-plus · text to music */
        SunoV45PlusTextToMusic: {
            /** @constant */
            model: "suno-v4.5-plus";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Song brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Timestamp in seconds to continue from. */
            continue_at?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v4.5-plus";
        });
        /** suno-v5 · text to music */
        SunoV5TextToMusic: {
            /** @constant */
            model: "suno-v5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Song brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Timestamp in seconds to continue from. */
            continue_at?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
        });
        /** suno-v5.5 · text to music */
        SunoV55TextToMusic: {
            /** @constant */
            model: "suno-v5.5";
            /**
             * @description Vocal gender.
             * @enum {string}
             */
            vocal_gender?: "male" | "female";
            /** @description Style adherence weight (0-1). */
            style_weight?: number;
            /** @description Weirdness constraint (0-1). */
            weirdness_constraint?: number;
            /** @description Audio weight (0-1). */
            audio_weight?: number;
            /**
             * @description Vocal generation mode.
             * @enum {string}
             */
            vocal_mode: "auto_lyrics" | "exact_lyrics" | "instrumental";
            /** @description Song brief for automatic lyrics. */
            prompt?: string;
            /** @description Exact lyrics to sing. */
            lyrics?: string;
            /** @description Music style. */
            style?: string;
            /** @description Music title. */
            title?: string;
            /** @description Styles to avoid. */
            negative_tags?: string;
            /** @description Persona ID. */
            persona_id?: string;
            /**
             * @description Persona type.
             * @enum {string}
             */
            persona_type?: "style" | "voice";
            /** @description Preferred duration in seconds; only available for Suno V5.5 custom requests. */
            duration_seconds?: number;
            /** @description Timestamp in seconds to continue from. */
            continue_at?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
        });
        /** suno-v5 · text to sound */
        SunoV5TextToSound: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5";
            /** @description Sound description (max 500 characters). */
            prompt: string;
            /** @description When true, produce loopable audio. Default false. */
            sound_loop?: boolean;
            /** @description Tempo in BPM (1-300). */
            sound_tempo?: number;
            /**
             * @description Musical key.
             * @enum {string}
             */
            sound_key?: "Cm" | "C#m" | "Dm" | "D#m" | "Em" | "Fm" | "F#m" | "Gm" | "G#m" | "Am" | "A#m" | "Bm" | "C" | "C#" | "D" | "D#" | "E" | "F" | "F#" | "G" | "G#" | "A" | "A#" | "B";
            /** @description Capture lyric subtitles. Default false. */
            grab_lyrics?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** suno-v5.5 · text to sound */
        SunoV55TextToSound: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "suno-v5.5";
            /** @description Sound description (max 500 characters). */
            prompt: string;
            /** @description When true, produce loopable audio. Default false. */
            sound_loop?: boolean;
            /** @description Tempo in BPM (1-300). */
            sound_tempo?: number;
            /**
             * @description Musical key.
             * @enum {string}
             */
            sound_key?: "Cm" | "C#m" | "Dm" | "D#m" | "Em" | "Fm" | "F#m" | "Gm" | "G#m" | "Am" | "A#m" | "Bm" | "C" | "C#" | "D" | "D#" | "E" | "F" | "F#" | "G" | "G#" | "A" | "A#" | "B";
            /** @description Capture lyric subtitles. Default false. */
            grab_lyrics?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · visualize music */
        SunoVisualizeMusic: {
            /** @description Source task ID. */
            task_id: string;
            /** @description Audio ID within the source task. */
            audio_id: string;
            /** @description Author name shown in the video. */
            author?: string;
            /** @description Domain name watermark. */
            domain_name?: string;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** Suno · voice to validation phrase */
        SunoVoiceToValidationPhrase: {
            /** @description Source voice recording URL. */
            voice_url: string;
            /** @description Start time (seconds) of the source vocal segment. */
            vocal_start_seconds: number;
            /** @description End time (seconds) of the source vocal segment. Must be greater than vocal_start_seconds. */
            vocal_end_seconds: number;
            /**
             * @description Language code.
             * @enum {string}
             */
            language?: "en" | "zh" | "es" | "fr" | "pt" | "de" | "ja" | "ko" | "hi" | "ru";
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
        TextOutput: {
            text: string;
        };
        /** @description A task of an action that answers in text; `texts` is set once it has completed. */
        TextsTask: components["schemas"]["Task"] & {
            texts?: components["schemas"]["TextOutput"][];
        };
        ImageOutput: {
            /** @description A temporary URL; download within 7 days. */
            url: string;
        };
        VideoOutput: {
            /** @description A temporary URL; download within 7 days. */
            url: string;
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
