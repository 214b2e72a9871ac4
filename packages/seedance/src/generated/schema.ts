// Generated from specs/seedance.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export interface paths {
    "/api/v1/seedance/text_to_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a text-to-video task. */
        post: operations["createTextToVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/seedance/text_to_video/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a text-to-video task. */
        get: operations["getTextToVideo"];
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
        /** seedance-1.5-pro · text to video */
        Seedance15ProTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedance-1.5-pro";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /** @enum {string} */
            output_resolution?: "480p" | "720p" | "1080p";
            duration_seconds: number;
            generate_audio?: boolean;
            enable_safety_checker?: boolean;
            source_image_urls?: string[];
            lock_camera?: boolean;
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedance-2-mini · text to video */
        Seedance2MiniTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedance-2-mini";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /** @enum {string} */
            output_resolution?: "480p" | "720p";
            /** @default 5 */
            duration_seconds?: number;
            generate_audio?: boolean;
            first_frame_image_url?: string;
            last_frame_image_url?: string;
            reference_image_urls?: string[];
            reference_video_urls?: string[];
            reference_audio_urls?: string[];
            web_search?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedance-2.0 · text to video */
        Seedance20TextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedance-2.0";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /** @enum {string} */
            output_resolution?: "480p" | "720p" | "1080p" | "4k";
            /** @default 5 */
            duration_seconds?: number;
            generate_audio?: boolean;
            enable_safety_checker?: boolean;
            first_frame_image_url?: string;
            last_frame_image_url?: string;
            reference_image_urls?: string[];
            reference_video_urls?: string[];
            reference_audio_urls?: string[];
            web_search?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedance-2.0-fast · text to video */
        Seedance20FastTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedance-2.0-fast";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /** @enum {string} */
            output_resolution?: "480p" | "720p";
            /** @default 5 */
            duration_seconds?: number;
            generate_audio?: boolean;
            enable_safety_checker?: boolean;
            first_frame_image_url?: string;
            last_frame_image_url?: string;
            reference_image_urls?: string[];
            reference_video_urls?: string[];
            reference_audio_urls?: string[];
            web_search?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedance-2.5 · text to video */
        Seedance25TextToVideo: {
            /** @constant */
            model: "seedance-2.5";
            /** @description Video generation prompt. */
            prompt: string;
            /**
             * @description Output aspect ratio; auto lets RunAPI select it.
             * @default auto
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
            /**
             * @description Output video resolution.
             * @default 720p
             * @enum {string}
             */
            output_resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Video duration in seconds; -1 selects duration automatically.
             * @default 5
             * @enum {integer}
             */
            duration_seconds?: -1 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30;
            /**
             * @description Whether to generate synchronized audio.
             * @default true
             */
            generate_audio?: boolean;
            /** @description Whether RunAPI checks generated content for safety. */
            enable_safety_checker?: boolean;
            /**
             * @description Whether to return the generated video's last frame.
             * @default false
             */
            return_last_frame?: boolean;
            /**
             * @description Output video container format.
             * @default mp4
             * @enum {string}
             */
            output_format?: "mp4" | "mov";
            /** @description Public first-frame image URL for frame-guided generation. */
            first_frame_image_url?: string;
            /** @description Public last-frame image URL; requires first_frame_image_url. */
            last_frame_image_url?: string;
            /** @description Public reference image URLs; up to 30 images. */
            reference_image_urls?: string[];
            /** @description Public reference video URLs; up to 10 videos. */
            reference_video_urls?: string[];
            /** @description Public reference audio URLs; up to 10 audio files. */
            reference_audio_urls?: string[];
            /** @description Whether to enrich the prompt with web search. */
            web_search?: boolean;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        } & (unknown & unknown & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedance-2.5";
        });
        /** seedance-v1-pro · text to video */
        SeedanceV1ProTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedance-v1-pro";
            prompt?: string;
            /** @enum {string} */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /** @enum {string} */
            output_resolution?: "480p" | "720p" | "1080p";
            /** @enum {integer} */
            duration_seconds: 5 | 10;
            enable_safety_checker?: boolean;
            lock_camera?: boolean;
            first_frame_image_url?: string;
            seed?: number;
            /** @description An HTTP(S) URL that receives the task JSON when the task ends. */
            callback_url?: string;
        };
        /** seedance-v1-pro-fast · text to video */
        SeedanceV1ProFastTextToVideo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "seedance-v1-pro-fast";
            prompt?: string;
            /** @enum {string} */
            output_resolution?: "720p" | "1080p";
            /** @enum {integer} */
            duration_seconds: 5 | 10;
            enable_safety_checker?: boolean;
            first_frame_image_url: string;
            seed?: number;
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
        VideoOutput: {
            /** @description A temporary URL; download within 7 days. */
            url: string;
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
    createTextToVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Seedance15ProTextToVideo"] | components["schemas"]["Seedance2MiniTextToVideo"] | components["schemas"]["Seedance20TextToVideo"] | components["schemas"]["Seedance20FastTextToVideo"] | components["schemas"]["Seedance25TextToVideo"] | components["schemas"]["SeedanceV1ProTextToVideo"] | components["schemas"]["SeedanceV1ProFastTextToVideo"];
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
    getTextToVideo: {
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
}
