#!/usr/bin/env python3
"""Labels a repository's newest commits for the development set: AI-assisted or not, and by which tool.

    bench/devset/label.py GIT_DIR NAME COUNT

Writes bench/devset/labels/NAME.tsv: commit id, label (ai, human or review), tool, and the marker that decided.
The script reads every line of the message and the three identities with its own broad patterns, independent of
the detector's rule table: a marker only a tool writes (a vendor address, a session link, a tool's footer, an
AI bot login, an agent branch merged in) labels the commit "ai"; prose or trailer keys that mention AI label it
"review", to be decided by a person reading the commit (bench/devset/overrides.tsv holds those decisions, which
measure.py applies on top); everything else is "human".
"""
import os
import re
import subprocess
import sys

TOOLS = [  # (tool, where, pattern) where: id = any identity line, msg = any message line
    ("Claude Code", "id", r"noreply@anthropic\.com|claude\.ai/code/session_"),
    ("Claude Code", "msg", r"generated with \[?claude code|claude\.ai/code/session_|noreply@anthropic\.com"),
    ("claude-code-action", "id", r"\bclaude(-code)?\[bot\]"),
    ("Copilot coding agent", "id", r"198982749\+copilot@|copilot-swe-agent"),
    ("Copilot coding agent", "merge", r"^copilot/"),
    ("Copilot review suggestion", "id", r"175728472\+copilot@"),
    ("Copilot CLI", "id", r"223556219\+copilot@"),
    ("VS Code Copilot", "id", r"\bcopilot@github\.com"),
    ("Copilot Autofix", "msg", r"^potential fix for (code scanning alert|pull request finding)|copilot autofix"),
    ("Cursor", "id", r"cursoragent@cursor\.com"),
    ("Cursor", "msg", r"made-with: *cursor|made with \[cursor\]|cursor\.com/(agents|background-agent)"),
    ("Cursor", "merge", r"^cursor/"),
    ("Codex", "id", r"(codex|noreply)@openai\.com|chatgpt-codex"),
    ("Codex", "msg", r"chatgpt\.com/codex/(cloud/)?tasks/"),
    ("Codex", "merge", r"^codex/"),
    ("Jules", "id", r"google-labs-jules"),
    ("Devin", "id", r"devin-ai-integration"),
    ("Devin", "msg", r"app\.devin\.ai/sessions/|generated with \[devin\]"),
    ("Devin", "merge", r"^devin/\d{10}-"),
    ("Gemini Code Assist", "id", r"gemini-code-assist\[bot\]"),
    ("Gemini CLI", "id", r"gemini-cli(-agent)?@google\.com|gemini-cli\[bot\]"),
    ("Aider", "id", r" \(aider\)$|aider@aider\.chat|noreply@aider\.(chat|dev)"),
    ("Aider", "msg", r"^aider: "),
    ("Amp", "id", r"amp@ampcode\.com"),
    ("Amp", "msg", r"ampcode\.com/threads/t-"),
    ("OpenHands", "id", r"openhands|all-hands\.dev|opendevin"),
    ("Factory Droid", "id", r"factory-droid"),
    ("Kiro", "id", r"kiro-agent"),
    ("Qwen Code", "id", r"qwen-coder@"),
    ("CodeRabbit", "id", r"coderabbitai\[bot\]"),
    ("Crush", "id", r"crush@charm\.land"),
    ("Crush", "msg", r"generated with crush|^assisted-by: .*crush"),
    ("Continue", "id", r"noreply@continue\.dev|\bcontinue\[bot\]"),
    ("Continue", "msg", r"generated with \[continue\]\(https://continue\.dev"),
    ("cubic (AI reviewer)", "id", r"cubic-dev-ai\[bot\]"),
    ("other AI bot", "id", r"[a-z0-9-]*(\bai\b|-ai\b|agent|gpt|llm|review|codex|copilot|claude|gemini)[a-z0-9-]*\[bot\]"),
    ("model-named identity", "id", r"\((gpt|claude|gemini|o[1-9]|codex|qwen|deepseek|grok|kimi|glm|sonnet|opus)[\w.:/ -]*\)$"),
    ("robot footer", "msg", r"^\W{0,3}\U0001F916\s*(generated|created|made|written|co-authored)"),
]
REVIEW = [
    r"\b(generated|written|created|implemented|authored|refactored|made|built|coded|drafted)\s+(\w+\s+)?(with|by|using)\s+"
    r"(the help of |help from )?(an? |the )?(claude|copilot|gpt|chatgpt|gemini|codex|cursor|llm|ai\b|opus|sonnet|kimi|qwen|deepseek|grok|mistral|llama|glm)",
    r"\b(help|assistance) (of|from) (an? |the )?(claude|copilot|gpt|chatgpt|gemini|codex|cursor|llm|ai\b)",
    r"^\s*(assisted-by|generated-by|generated-with|ai-[a-z-]+|[a-z]+-generated-by)\s*:",
    r"\b(ai|llm)[- ](generated|assisted|written)\b",
    r"\b(i|we) (let|had|asked|used) (an? |the )?(claude|copilot|gpt|chatgpt|gemini|codex|cursor|llm|ai\b)",
    r"^\s*[-*] \[[xX]\] .*\b(ai|llm)\b",
    r"co-authored-by:.*\b(claude|copilot|cursor|codex|gpt|gemini|jules|devin|aider|amp|openhands|bot\b|\[bot\])",
    r"\[bot\]|noreply@(?!github\.com)",
]
MERGE = [r"^Merge pull request #\d+ from [^\s/]+/(\S+)", r"^Merge (?:remote-tracking )?branch '(?:origin/)?([^']+)'(?: of \S+)?$",
         r"^Merged in (\S+) \(pull request"]


def commits(git_dir, count):
    out = subprocess.run(["git", "--git-dir", git_dir, "log", "-n", str(count), "--format=%H%x00%an <%ae>%x00%cn <%ce>%x00%B%x1e"],
                         check=True, capture_output=True).stdout.decode("utf-8", "replace")
    for record in out.split("\x1e"):
        record = record.strip("\n")
        if record:
            yield record.split("\x00", 3)


def label(author, committer, message):
    identities = [author, committer] + [l.split(":", 1)[1].strip() for l in message.splitlines()
                                        if re.match(r"\s*co-(authored|developed)-by\s*:", l, re.I)]
    identities += [i.split(" <")[0] for i in identities]  # each name alone too, for patterns anchored at its end
    subject = message.splitlines()[0] if message else ""
    merged = next((m.group(1) for p in MERGE for m in [re.match(p, subject)] if m), None)
    for tool, where, pattern in TOOLS:
        rx = re.compile(pattern, re.I | re.M)
        if where == "id" and any(rx.search(i) for i in identities):
            return "ai", tool, where + ": " + pattern
        if where == "msg" and rx.search(message):
            return "ai", tool, where + ": " + pattern
        if where == "merge" and merged and rx.search(merged):
            return "ai", tool, "merged branch " + merged
    for pattern in REVIEW:
        if re.search(pattern, message + "\n" + "\n".join(identities), re.I | re.M):
            return "review", "", "review: " + pattern[:40]
    return "human", "", ""


def main():
    git_dir, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    path = os.path.join(os.path.dirname(__file__), "labels", name + ".tsv")
    with open(path, "w") as out:
        out.write("# commit\tlabel\ttool\tmarker (generated by bench/devset/label.py; eyes: overrides.tsv)\n")
        for commit, author, committer, message in commits(git_dir, count):
            verdict, tool, marker = label(author, committer, message)
            out.write("\t".join([commit, verdict, tool, marker.replace("\t", " ")]) + "\n")


if __name__ == "__main__":
    main()
