/** What completion offers after an action's name: its models and its flags. */
export interface ActionWords {
  family: string;
  /** The command's name, `text-to-image`. */
  action: string;
  models: readonly string[];
  flags: readonly string[];
}

export interface CompletionWords {
  /** Every command `runapi` takes first: the families and the other commands. */
  commands: readonly string[];
  families: readonly string[];
  actions: readonly ActionWords[];
}

const SHELLS = ["bash", "zsh"] as const;
export type Shell = (typeof SHELLS)[number];

export function isShell(name: string): name is Shell {
  return (SHELLS as readonly string[]).includes(name);
}

/** One `case` branch per key, each completing the words given. */
function branches(entries: readonly [string, readonly string[]][]): string {
  return entries.map(([key, words]) => `    "${key}") words="${words.join(" ")}" ;;`).join("\n");
}

/**
 * A completion script for bash, or for zsh through its bash compatibility: the commands, each family's actions,
 * and an action's `--model` ids and flags, as the families' specs give them when the script is written.
 */
export function completionScript(shell: Shell, words: CompletionWords): string {
  const families = words.families.join(" ");
  const byFamily = new Map<string, string[]>();
  for (const { family, action } of words.actions)
    byFamily.set(family, [...(byFamily.get(family) ?? []), action]);
  const bash = `_runapi() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} at=1 words=""
  case "\${COMP_WORDS[1]}" in
    estimate|quote) at=2 ;;
  esac
  local family=\${COMP_WORDS[at]} action=\${COMP_WORDS[at+1]}
  if (( COMP_CWORD == 1 )); then
    words="${words.commands.join(" ")}"
  elif [[ $prev == --family || ( \${COMP_WORDS[1]} == models && $COMP_CWORD == 2 ) ]]; then
    words="${families}"
  elif [[ \${COMP_WORDS[1]} == completion && $COMP_CWORD == 2 ]]; then
    words="${SHELLS.join(" ")}"
  elif (( COMP_CWORD == at )); then
    [[ $at == 2 ]] && words="${families}"
  elif (( COMP_CWORD == at + 1 )); then
    case "$family" in
${branches([...byFamily])}
    esac
  elif [[ $prev == --model ]]; then
    case "$family $action" in
${branches(words.actions.map(({ family, action, models }) => [`${family} ${action}`, models]))}
    esac
  elif [[ $cur == -* ]]; then
    case "$family $action" in
${branches(words.actions.map(({ family, action, flags }) => [`${family} ${action}`, flags]))}
    esac
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _runapi runapi
`;
  if (shell === "bash") {
    return `# runapi completion for bash: runapi completion bash > ~/.local/share/bash-completion/completions/runapi\n${bash}`;
  }
  return `# runapi completion for zsh: runapi completion zsh > ~/.runapi-completion.zsh, then in ~/.zshrc, after
# compinit: source ~/.runapi-completion.zsh
autoload -U +X bashcompinit && bashcompinit
${bash}`;
}
