#!/usr/bin/python3
# Reads an OpenMetrics text exposition on standard input and parses it with the strict parser
# of the Prometheus Python client (Debian: python3-prometheus-client). Prints the metric
# families as JSON on standard output and exits 0; on a parse error, prints it on standard
# error and exits 1; exits 2 when the parser is not installed.
import json
import sys

try:
    from prometheus_client.openmetrics.parser import text_string_to_metric_families
except ImportError as error:
    print(f"the OpenMetrics parser is missing ({error}): run scripts/setup-deps "
          "(Debian package python3-prometheus-client)", file=sys.stderr)
    sys.exit(2)

text = sys.stdin.buffer.read().decode("utf-8")
try:
    families = [
        {
            "name": family.name,
            "type": family.type,
            "unit": family.unit,
            "help": family.documentation,
            "samples": [
                {"name": sample.name, "labels": sample.labels, "value": sample.value,
                 "timestamp": sample.timestamp}
                for sample in family.samples
            ],
        }
        for family in text_string_to_metric_families(text)
    ]
except Exception as error:  # the parser raises ValueError and others
    print(f"not valid OpenMetrics: {error!r}", file=sys.stderr)
    sys.exit(1)
json.dump(families, sys.stdout)
