#!/usr/bin/env python3
"""A client of `akit serve` in plain Python (standard library only), as a team on a non-.NET stack would write one.

It reads the committed OpenAPI document, sends every request of tests/client/fixtures/*.json to a running server,
and checks for each answer that
  * the status is the fixture's,
  * the body matches the fixture's `expect` pattern — values the library computed in process, written into the fixtures
    by the .NET test ClientFixturesTests (objects: every key of the pattern, exact; arrays: same length, element-wise;
    numbers compared as exact decimals),
  * the body is valid against the OpenAPI document's schema for that operation and status (the subset of JSON Schema
    2020-12 that the document uses: $ref, type, properties, required, additionalProperties, items, enum, allOf, anyOf,
    oneOf, not, minimum, maximum, pattern, format int32/int64),
  * the content type is application/json, or application/problem+json for a 4xx.

Usage: akit_client_test.py --base-url http://127.0.0.1:5780 --token-file TOKEN --openapi openapi/v1.json --fixtures tests/client/fixtures
Prints one line per fixture and, last, "Passed!  - Failed: F, Passed: P, Skipped: 0" (the summary CI reads).
Exit status 0 when every fixture passes.
"""
import argparse
import decimal
import glob
import json
import os
import re
import sys
import urllib.error
import urllib.request

D = decimal.Decimal


def load_json(text):
    return json.loads(text, parse_float=D, parse_int=int)


class Schemas:
    def __init__(self, document):
        self.document = document

    def resolve(self, ref):
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref {ref}")
        node = self.document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def validate(self, schema, value, path, errors):
        if schema is True or schema == {}:
            return
        if schema is False:
            errors.append(f"{path}: no value is allowed here")
            return
        if "$ref" in schema:
            self.validate(self.resolve(schema["$ref"]), value, path, errors)
        types = schema.get("type")
        if types is not None:
            types = types if isinstance(types, list) else [types]
            if not any(type_matches(t, value) for t in types):
                errors.append(f"{path}: {json_type(value)} where {types} is expected")
                return
        if "enum" in schema and value not in schema["enum"]:
            errors.append(f"{path}: {value!r} is not one of {schema['enum']}")
        if "const" in schema and value != schema["const"]:
            errors.append(f"{path}: {value!r} is not {schema['const']!r}")
        for sub in schema.get("allOf", []):
            self.validate(sub, value, path, errors)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                passing = 0
                for sub in schema[keyword]:
                    sub_errors = []
                    self.validate(sub, value, path, sub_errors)
                    passing += not sub_errors
                if passing == 0 or (keyword == "oneOf" and passing > 1):
                    errors.append(f"{path}: {passing} of the {keyword} alternatives match")
        if "not" in schema:
            sub_errors = []
            self.validate(schema["not"], value, path, sub_errors)
            if not sub_errors:
                errors.append(f"{path}: matches a schema it must not match")
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in value:
                    errors.append(f"{path}: required property '{name}' is missing")
            for name, item in value.items():
                if name in properties:
                    self.validate(properties[name], item, f"{path}.{name}", errors)
                else:
                    extra = schema.get("additionalProperties", True)
                    if extra is False:
                        errors.append(f"{path}: property '{name}' is not in the schema")
                    elif isinstance(extra, dict):
                        self.validate(extra, item, f"{path}.{name}", errors)
        if isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                self.validate(schema["items"], item, f"{path}[{index}]", errors)
        if is_number(value):
            if "minimum" in schema and value < D(str(schema["minimum"])):
                errors.append(f"{path}: {value} < minimum {schema['minimum']}")
            if "maximum" in schema and value > D(str(schema["maximum"])):
                errors.append(f"{path}: {value} > maximum {schema['maximum']}")
            if schema.get("format") in ("int32", "int64") and value != int(value):
                errors.append(f"{path}: {value} is not an integer")
        if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")


def is_number(value):
    return isinstance(value, (int, D)) and not isinstance(value, bool)


def type_matches(expected, value):
    return {
        "null": value is None,
        "boolean": isinstance(value, bool),
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "integer": is_number(value) and value == int(value),
        "number": is_number(value),
    }.get(expected, False)


def json_type(value):
    for name in ("null", "boolean", "object", "array", "string", "integer", "number"):
        if type_matches(name, value):
            return name
    return type(value).__name__


def match(pattern, value, path, errors):
    """The fixture's pattern against the answer: subset for objects, element-wise for arrays, exact for the rest."""
    if isinstance(pattern, dict):
        if not isinstance(value, dict):
            errors.append(f"{path}: an object is expected, the answer has {json_type(value)}")
            return
        for key, expected in pattern.items():
            if key not in value:
                errors.append(f"{path}: '{key}' is missing from the answer")
            else:
                match(expected, value[key], f"{path}.{key}", errors)
    elif isinstance(pattern, list):
        if not isinstance(value, list) or len(value) != len(pattern):
            errors.append(f"{path}: an array of {len(pattern)} is expected, the answer has "
                          f"{len(value) if isinstance(value, list) else json_type(value)}")
            return
        for index, (expected, actual) in enumerate(zip(pattern, value)):
            match(expected, actual, f"{path}[{index}]", errors)
    elif is_number(pattern) and is_number(value):
        if D(pattern) != D(value):
            errors.append(f"{path}: {value} where the library gives {pattern}")
    elif pattern != value or type(pattern) is not type(value):
        errors.append(f"{path}: {value!r} where the library gives {pattern!r}")


def operation_of(document, method, path):
    route = path.split("?", 1)[0]
    for template, item in document["paths"].items():
        expression = "^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(expression, route) and method.lower() in item:
            return template, item[method.lower()]
    return None, None


def response_schema(operation, status, content_type):
    responses = operation.get("responses", {})
    response = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    if response is None:
        return None, f"the document does not declare status {status}"
    content = response.get("content", {})
    if content_type not in content:
        return None, f"status {status} is declared with {sorted(content)} but the answer is {content_type}"
    return content[content_type].get("schema", {}), None


def run(fixture, args, document, schemas, token):
    method, path = fixture["method"], fixture["path"]
    body = fixture.get("body")
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    if "rawBody" in fixture:  # bytes a JSON library would not write (a duplicate key, say)
        data = fixture["rawBody"].encode("utf-8")
    request = urllib.request.Request(args.base_url.rstrip("/") + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    request.add_header("Accept-Language", fixture.get("language", "zh-CN"))
    if fixture.get("auth", False):
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, raw = error.code, error.headers, error.read()

    errors = []
    if status != fixture["status"]:
        errors.append(f"status {status}, the fixture expects {fixture['status']}: {raw[:300]!r}")
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip()
    expected_type = "application/problem+json" if status >= 400 else "application/json"
    if content_type != expected_type:
        errors.append(f"content type {content_type!r}, {expected_type!r} expected")
    try:
        value = load_json(raw.decode("utf-8")) if raw else None
    except ValueError as error:
        return errors + [f"the body is not JSON: {error}"]
    if "expect" in fixture:
        match(load_json(json.dumps(fixture["expect"])), value, "$", errors)
    template, operation = operation_of(document, method, path)
    if operation is None:
        errors.append(f"{method} {path} is not in the OpenAPI document")
    else:
        schema, problem = response_schema(operation, status, content_type)
        if problem:
            errors.append(f"{method} {template}: {problem}")
        else:
            schemas.validate(schema, value, "$", errors)
    return errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token-file")
    parser.add_argument("--openapi", required=True)
    parser.add_argument("--fixtures", required=True)
    args = parser.parse_args()

    with open(args.openapi, encoding="utf-8") as f:
        document = json.load(f)
    schemas = Schemas(document)
    token = ""
    if args.token_file:
        with open(args.token_file, encoding="utf-8") as f:
            token = f.read().strip()

    passed = failed = 0
    for file in sorted(glob.glob(os.path.join(args.fixtures, "*.json"))):
        with open(file, encoding="utf-8") as f:
            fixture = json.load(f)
        name = fixture.get("name", os.path.basename(file))
        try:
            errors = run(fixture, args, document, schemas, token)
        except Exception as error:  # a client failure is a failed fixture, not a crash of the run
            errors = [f"{type(error).__name__}: {error}"]
        if errors:
            failed += 1
            print(f"  Failed {name}")
            for error in errors[:20]:
                print(f"    {error}")
        else:
            passed += 1
            print(f"  Passed {name}")
    outcome = "Passed!" if failed == 0 and passed > 0 else "Failed!"
    print(f"{outcome}  - Failed: {failed}, Passed: {passed}, Skipped: 0, Total: {passed + failed} - akit_client_test.py (python3)")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
