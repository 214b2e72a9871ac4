// Generated from specs/flux-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Flux 2: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "text_to_image": {
    "flux-2-pro-text-to-image": {
      "title": "Flux 2 Pro · text to image",
      "price": "5¢ (output_resolution 1k) · 7¢ (output_resolution 2k)",
      "fields": {
        "prompt": "What to draw, or how to change the source images.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution; 2k costs more.",
        "enable_safety_checker": "Run the provider's safety checker on the output.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-2-flex-text-to-image": {
      "title": "Flux 2 Flex · text to image",
      "price": "14¢ (output_resolution 1k) · 24¢ (output_resolution 2k)",
      "fields": {
        "prompt": "What to draw, or how to change the source images.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution; 2k costs more.",
        "enable_safety_checker": "Run the provider's safety checker on the output.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-2-max-text-to-image": {
      "title": "flux-2-max-text-to-image · text to image",
      "price": "not published",
      "fields": {
        "prompt": "Image description.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "output_count": "Number of images to generate.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "image_to_image": {
    "flux-2-pro-image-to-image": {
      "title": "Flux 2 Pro · image to image",
      "price": "5¢ (output_resolution 1k) · 7¢ (output_resolution 2k)",
      "fields": {
        "prompt": "What to draw, or how to change the source images.",
        "source_image_urls": "Public HTTP(S) URLs of the source images.",
        "aspect_ratio": "Output aspect ratio; `auto` keeps the first source image's ratio.",
        "output_resolution": "Output resolution; 2k costs more.",
        "enable_safety_checker": "Run the provider's safety checker on the output.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-2-flex-image-to-image": {
      "title": "Flux 2 Flex · image to image",
      "price": "14¢ (output_resolution 1k) · 24¢ (output_resolution 2k)",
      "fields": {
        "prompt": "What to draw, or how to change the source images.",
        "source_image_urls": "Public HTTP(S) URLs of the source images.",
        "aspect_ratio": "Output aspect ratio; `auto` keeps the first source image's ratio.",
        "output_resolution": "Output resolution; 2k costs more.",
        "enable_safety_checker": "Run the provider's safety checker on the output.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "remix_image": {
    "flux-2-flex-remix-image": {
      "title": "flux-2-flex-remix-image · remix image",
      "price": "14¢ (output_resolution 1k) · 24¢ (output_resolution 2k)",
      "fields": {
        "prompt": "Image editing instruction.",
        "source_image_urls": "Public source image URLs.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "enable_safety_checker": "Enable the safety checker.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-2-max-remix-image": {
      "title": "flux-2-max-remix-image · remix image",
      "price": "not published",
      "fields": {
        "prompt": "Image editing instruction.",
        "source_image_urls": "Exactly one public HTTP(S) source image URL.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "output_count": "Number of images to generate.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-2-pro-remix-image": {
      "title": "flux-2-pro-remix-image · remix image",
      "price": "5¢ (output_resolution 1k) · 7¢ (output_resolution 2k)",
      "fields": {
        "prompt": "Image editing instruction.",
        "source_image_urls": "Public source image URLs.",
        "aspect_ratio": "Output aspect ratio.",
        "output_resolution": "Output resolution.",
        "enable_safety_checker": "Enable the safety checker.",
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
