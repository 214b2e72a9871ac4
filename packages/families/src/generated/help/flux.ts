// Generated from specs/flux.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { FamilyHelp } from "../../family-entry.js";

/** Flux: each variant's title, price and field descriptions, by action and model id. */
export const help: FamilyHelp = {
  "remix_image": {
    "flux-dev": {
      "title": "flux-dev · remix image",
      "price": "7¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-pro": {
      "title": "flux-pro · remix image",
      "price": "10¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  },
  "text_to_image": {
    "flux-2-klein": {
      "title": "flux-2-klein · text to image",
      "price": "3¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-dev": {
      "title": "flux-dev · text to image",
      "price": "7¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    },
    "flux-pro": {
      "title": "flux-pro · text to image",
      "price": "10¢",
      "fields": {
        "callback_url": "An HTTP(S) URL that receives the task JSON when the task ends."
      }
    }
  }
};
