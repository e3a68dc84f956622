"""kb add correction takes its replacement claim as a JSON object on the command line."""

import json

from kb.cli import cli
from kb.events.query import find


def test_add_correction_with_a_replacement_option(kb, small, runner):
    replacement = {
        "type": "meeting",
        "negotiation": "talks",
        "occurred_at": "2025-04-17",
        "participants": [{"entity": "akazawa", "side": "japan"}],
        "summary": "Akazawa met Trump in Washington",
        "citations": [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump in Washington"}],
    }
    options = ["--target", small.meeting, "--reason", "Wrong day", "--replacement", json.dumps(replacement)]
    result = runner.invoke(cli, ["add", "correction", *options])
    assert result.exit_code == 0, result.output
    event = find(kb, result.output.strip())
    assert event["target"] == small.meeting
    assert event["replacement"]["summary"] == "Akazawa met Trump in Washington"
    assert event["replacement"]["participants"] == [{"entity": "ryosei-akazawa", "side": "japan"}]  # alias resolved
