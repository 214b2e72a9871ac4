// Generated from specs/suno.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Suno: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "add_instrumental": {
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · add instrumental",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to add instrumentation to.",
        "title": "Song title.",
        "negative_tags": "Styles to avoid.",
        "tags": "Style or genre tags.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · add instrumental",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to add instrumentation to.",
        "title": "Song title.",
        "negative_tags": "Styles to avoid.",
        "tags": "Style or genre tags.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · add instrumental",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to add instrumentation to.",
        "title": "Song title.",
        "negative_tags": "Styles to avoid.",
        "tags": "Style or genre tags.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "add_samples": {
    "suno-v4": {
      "title": "suno-v4 · add samples",
      "price": "not published",
      "fields": {
        "audio_url": "URL of the audio file to sample.",
        "start_seconds": "Start of the sample range in seconds.",
        "end_seconds": "End of the sample range in seconds; must exceed start_seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · add samples",
      "price": "not published",
      "fields": {
        "audio_url": "URL of the audio file to sample.",
        "start_seconds": "Start of the sample range in seconds.",
        "end_seconds": "End of the sample range in seconds; must exceed start_seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · add samples",
      "price": "not published",
      "fields": {
        "audio_url": "URL of the audio file to sample.",
        "start_seconds": "Start of the sample range in seconds.",
        "end_seconds": "End of the sample range in seconds; must exceed start_seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · add samples",
      "price": "not published",
      "fields": {
        "audio_url": "URL of the audio file to sample.",
        "start_seconds": "Start of the sample range in seconds.",
        "end_seconds": "End of the sample range in seconds; must exceed start_seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · add samples",
      "price": "not published",
      "fields": {
        "audio_url": "URL of the audio file to sample.",
        "start_seconds": "Start of the sample range in seconds.",
        "end_seconds": "End of the sample range in seconds; must exceed start_seconds.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "add_vocals": {
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · add vocals",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to add vocals to.",
        "lyrics": "Vocal lyrics to sing.",
        "title": "Song title.",
        "negative_tags": "Styles to avoid.",
        "style": "Style preset.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · add vocals",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to add vocals to.",
        "lyrics": "Vocal lyrics to sing.",
        "title": "Song title.",
        "negative_tags": "Styles to avoid.",
        "style": "Style preset.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "blend_lyrics": {
    "blend_lyrics": {
      "title": "Suno · blend lyrics",
      "price": "1¢",
      "fields": {
        "lyrics_a": "First lyrics text to blend.",
        "lyrics_b": "Second lyrics text to blend.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "boost_style": {
    "boost_style": {
      "title": "Suno · boost style",
      "price": "1¢",
      "fields": {
        "description": "Style description to expand into genre tags."
      }
    }
  },
  "check_voice": {
    "check_voice": {
      "title": "Suno · check voice",
      "price": "free",
      "fields": {
        "task_id": "Custom voice task ID to check."
      }
    }
  },
  "convert_audio": {
    "convert_audio": {
      "title": "Suno · convert audio",
      "price": "1¢",
      "fields": {
        "task_id": "Source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "cover_audio": {
    "suno-v4": {
      "title": "suno-v4 · cover audio",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to cover.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Cover brief for automatic lyrics.",
        "lyrics": "Exact cover lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · cover audio",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to cover.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Cover brief for automatic lyrics.",
        "lyrics": "Exact cover lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-all": {
      "title": "suno-v4.5-all · cover audio",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to cover.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Cover brief for automatic lyrics.",
        "lyrics": "Exact cover lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · cover audio",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to cover.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Cover brief for automatic lyrics.",
        "lyrics": "Exact cover lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · cover audio",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to cover.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Cover brief for automatic lyrics.",
        "lyrics": "Exact cover lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · cover audio",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url": "URL of the audio file to cover.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Cover brief for automatic lyrics.",
        "lyrics": "Exact cover lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "create_mashup": {
    "suno-v4": {
      "title": "suno-v4 · create mashup",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url_list": "Two audio URLs to mashup.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Mashup brief for automatic lyrics.",
        "lyrics": "Exact mashup lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · create mashup",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url_list": "Two audio URLs to mashup.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Mashup brief for automatic lyrics.",
        "lyrics": "Exact mashup lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-all": {
      "title": "suno-v4.5-all · create mashup",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url_list": "Two audio URLs to mashup.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Mashup brief for automatic lyrics.",
        "lyrics": "Exact mashup lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · create mashup",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url_list": "Two audio URLs to mashup.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Mashup brief for automatic lyrics.",
        "lyrics": "Exact mashup lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · create mashup",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url_list": "Two audio URLs to mashup.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Mashup brief for automatic lyrics.",
        "lyrics": "Exact mashup lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · create mashup",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "upload_url_list": "Two audio URLs to mashup.",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Mashup brief for automatic lyrics.",
        "lyrics": "Exact mashup lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "extend_music": {
    "suno-v4": {
      "title": "suno-v4 · extend music",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "task_id": "Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_id": "Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_url": "Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "upload_url": "Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "parameter_mode": "Inherit the source track's parameters (source) or supply custom ones (custom).",
        "instrumental": "When true, generate without vocals.",
        "prompt": "Extension brief. Cannot be combined with lyrics.",
        "lyrics": "Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode.",
        "style": "Style preset. Required in custom parameter mode.",
        "title": "Song title. Required in custom parameter mode.",
        "continue_at": "Seconds into the source to continue from. Required in custom parameter mode.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · extend music",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "task_id": "Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_id": "Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_url": "Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "upload_url": "Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "parameter_mode": "Inherit the source track's parameters (source) or supply custom ones (custom).",
        "instrumental": "When true, generate without vocals.",
        "prompt": "Extension brief. Cannot be combined with lyrics.",
        "lyrics": "Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode.",
        "style": "Style preset. Required in custom parameter mode.",
        "title": "Song title. Required in custom parameter mode.",
        "continue_at": "Seconds into the source to continue from. Required in custom parameter mode.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-all": {
      "title": "suno-v4.5-all · extend music",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "task_id": "Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_id": "Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_url": "Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "upload_url": "Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "parameter_mode": "Inherit the source track's parameters (source) or supply custom ones (custom).",
        "instrumental": "When true, generate without vocals.",
        "prompt": "Extension brief. Cannot be combined with lyrics.",
        "lyrics": "Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode.",
        "style": "Style preset. Required in custom parameter mode.",
        "title": "Song title. Required in custom parameter mode.",
        "continue_at": "Seconds into the source to continue from. Required in custom parameter mode.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · extend music",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "task_id": "Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_id": "Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_url": "Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "upload_url": "Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "parameter_mode": "Inherit the source track's parameters (source) or supply custom ones (custom).",
        "instrumental": "When true, generate without vocals.",
        "prompt": "Extension brief. Cannot be combined with lyrics.",
        "lyrics": "Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode.",
        "style": "Style preset. Required in custom parameter mode.",
        "title": "Song title. Required in custom parameter mode.",
        "continue_at": "Seconds into the source to continue from. Required in custom parameter mode.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · extend music",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "task_id": "Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_id": "Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_url": "Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "upload_url": "Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "parameter_mode": "Inherit the source track's parameters (source) or supply custom ones (custom).",
        "instrumental": "When true, generate without vocals.",
        "prompt": "Extension brief. Cannot be combined with lyrics.",
        "lyrics": "Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode.",
        "style": "Style preset. Required in custom parameter mode.",
        "title": "Song title. Required in custom parameter mode.",
        "continue_at": "Seconds into the source to continue from. Required in custom parameter mode.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · extend music",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "task_id": "Source task ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_id": "Source audio ID to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "audio_url": "Source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "upload_url": "Uploaded source audio URL to extend. Provide one of task_id, audio_id, audio_url, or upload_url.",
        "parameter_mode": "Inherit the source track's parameters (source) or supply custom ones (custom).",
        "instrumental": "When true, generate without vocals.",
        "prompt": "Extension brief. Cannot be combined with lyrics.",
        "lyrics": "Exact lyrics. Only allowed when extending uploaded audio in custom parameter mode.",
        "style": "Style preset. Required in custom parameter mode.",
        "title": "Song title. Required in custom parameter mode.",
        "continue_at": "Seconds into the source to continue from. Required in custom parameter mode.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "negative_tags": "Styles to avoid.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "generate_artwork": {
    "generate_artwork": {
      "title": "Suno · generate artwork",
      "price": "free",
      "fields": {
        "task_id": "Source music task ID.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "generate_lyrics": {
    "generate_lyrics": {
      "title": "Suno · generate lyrics",
      "price": "1¢",
      "fields": {
        "prompt": "Lyrics generation prompt.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "generate_midi": {
    "generate_midi": {
      "title": "Suno · generate MIDI",
      "price": "free",
      "fields": {
        "task_id": "Source task ID.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "generate_persona": {
    "generate_persona": {
      "title": "Suno · generate persona",
      "price": "free",
      "fields": {
        "task_id": "Source task ID with reference vocals.",
        "audio_id": "Audio ID within the source task.",
        "name": "Persona name.",
        "description": "Persona description."
      }
    }
  },
  "generate_voice": {
    "generate_voice": {
      "title": "Suno · generate voice",
      "price": "free",
      "fields": {
        "task_id": "Prior validation phrase task ID.",
        "verify_url": "User recording URL of the validation phrase.",
        "voice_name": "Custom voice display name.",
        "description": "Custom voice description.",
        "style": "Style preset.",
        "singer_skill_level": "Singer skill level.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "get_timestamped_lyrics": {
    "get_timestamped_lyrics": {
      "title": "Suno · get timestamped lyrics",
      "price": "1¢",
      "fields": {
        "task_id": "Source task ID.",
        "audio_id": "Audio ID within the source task."
      }
    }
  },
  "inspire_music": {
    "suno-v4": {
      "title": "suno-v4 · inspire music",
      "price": "not published",
      "fields": {
        "audio_urls": "One to four audio URLs that guide the new music.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · inspire music",
      "price": "not published",
      "fields": {
        "audio_urls": "One to four audio URLs that guide the new music.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · inspire music",
      "price": "not published",
      "fields": {
        "audio_urls": "One to four audio URLs that guide the new music.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · inspire music",
      "price": "not published",
      "fields": {
        "audio_urls": "One to four audio URLs that guide the new music.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · inspire music",
      "price": "not published",
      "fields": {
        "audio_urls": "One to four audio URLs that guide the new music.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "regenerate_validation_phrase": {
    "regenerate_validation_phrase": {
      "title": "Suno · regenerate validation phrase",
      "price": "free",
      "fields": {
        "task_id": "Prior validation phrase task ID.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "remaster_audio": {
    "suno-v4": {
      "title": "suno-v4 · remaster audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · remaster audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · remaster audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · remaster audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · remaster audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "replace_section": {
    "replace_section": {
      "title": "Suno · replace section",
      "price": "5¢",
      "fields": {
        "task_id": "Source task ID. Use with audio_id; do not combine with upload_url/model.",
        "audio_id": "Audio ID within the source task. Use with task_id; do not combine with upload_url/model.",
        "upload_url": "Uploaded source audio URL. Use with model; do not combine with task_id/audio_id.",
        "lyrics": "Replacement section lyrics.",
        "tags": "Style or genre tags.",
        "title": "Song title.",
        "infill_start_time": "Section start time in seconds; the replacement duration must be at least 10 seconds.",
        "infill_end_time": "Section end time in seconds; must be greater than infill_start_time and produce a replacement duration of at least 10 seconds.",
        "negative_tags": "Styles to avoid.",
        "full_lyrics": "Complete song lyrics for context.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "separate_audio_stems": {
    "separate_audio_stems": {
      "title": "Suno · separate audio stems",
      "price": "62.5¢ (type split_stem) · 10¢ (type split_stem_advanced) · 16¢ otherwise",
      "fields": {
        "task_id": "Source task ID.",
        "audio_id": "Audio ID within the source task.",
        "type": "Stem separation mode.",
        "stem_name": "Target stem for advanced separation. Required when type is split_stem_advanced.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "stitch_audio": {
    "suno-v4": {
      "title": "suno-v4 · stitch audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · stitch audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · stitch audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · stitch audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · stitch audio",
      "price": "not published",
      "fields": {
        "source_task_id": "Completed source task ID.",
        "audio_id": "Audio ID within the source task.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_music": {
    "suno-v4": {
      "title": "suno-v4 · text to music",
      "price": "22¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Song brief for automatic lyrics.",
        "lyrics": "Exact lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "negative_tags": "Styles to avoid.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "continue_at": "Timestamp in seconds to continue from.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5": {
      "title": "suno-v4.5 · text to music",
      "price": "22¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Song brief for automatic lyrics.",
        "lyrics": "Exact lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "negative_tags": "Styles to avoid.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "continue_at": "Timestamp in seconds to continue from.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-all": {
      "title": "suno-v4.5-all · text to music",
      "price": "12¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Song brief for automatic lyrics.",
        "lyrics": "Exact lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "negative_tags": "Styles to avoid.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "continue_at": "Timestamp in seconds to continue from.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v4.5-plus": {
      "title": "suno-v4.5-plus · text to music",
      "price": "22¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Song brief for automatic lyrics.",
        "lyrics": "Exact lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "negative_tags": "Styles to avoid.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "continue_at": "Timestamp in seconds to continue from.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5": {
      "title": "suno-v5 · text to music",
      "price": "22¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Song brief for automatic lyrics.",
        "lyrics": "Exact lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "negative_tags": "Styles to avoid.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "continue_at": "Timestamp in seconds to continue from.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · text to music",
      "price": "22¢",
      "fields": {
        "vocal_gender": "Vocal gender.",
        "style_weight": "Style adherence weight (0-1).",
        "weirdness_constraint": "Weirdness constraint (0-1).",
        "audio_weight": "Audio weight (0-1).",
        "vocal_mode": "Vocal generation mode.",
        "prompt": "Song brief for automatic lyrics.",
        "lyrics": "Exact lyrics to sing.",
        "style": "Music style.",
        "title": "Music title.",
        "negative_tags": "Styles to avoid.",
        "persona_id": "Persona ID.",
        "persona_type": "Persona type.",
        "duration_seconds": "Preferred duration in seconds; only available for Suno V5.5 custom requests.",
        "continue_at": "Timestamp in seconds to continue from.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_sound": {
    "suno-v5": {
      "title": "suno-v5 · text to sound",
      "price": "3¢",
      "fields": {
        "prompt": "Sound description (max 500 characters).",
        "sound_loop": "When true, produce loopable audio. Default false.",
        "sound_tempo": "Tempo in BPM (1-300).",
        "sound_key": "Musical key.",
        "grab_lyrics": "Capture lyric subtitles. Default false.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "suno-v5.5": {
      "title": "suno-v5.5 · text to sound",
      "price": "3¢",
      "fields": {
        "prompt": "Sound description (max 500 characters).",
        "sound_loop": "When true, produce loopable audio. Default false.",
        "sound_tempo": "Tempo in BPM (1-300).",
        "sound_key": "Musical key.",
        "grab_lyrics": "Capture lyric subtitles. Default false.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "visualize_music": {
    "visualize_music": {
      "title": "Suno · visualize music",
      "price": "2¢",
      "fields": {
        "task_id": "Source task ID.",
        "audio_id": "Audio ID within the source task.",
        "author": "Author name shown in the video.",
        "domain_name": "Domain name watermark.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "voice_to_validation_phrase": {
    "voice_to_validation_phrase": {
      "title": "Suno · voice to validation phrase",
      "price": "free",
      "fields": {
        "voice_url": "Source voice recording URL.",
        "vocal_start_seconds": "Start time (seconds) of the source vocal segment.",
        "vocal_end_seconds": "End time (seconds) of the source vocal segment. Must be greater than vocal_start_seconds.",
        "language": "Language code.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
