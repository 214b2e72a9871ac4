import Replicate from "replicate";

new Replicate({ auth: "bench" });
