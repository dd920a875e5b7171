/**
 * A simulated boto3/botocore for the Python playground. Every API call becomes one request to the
 * worker (`_ll_aws_call`), answered from the mock file by the shared core (src/core/awsMocks), and
 * is listed in the output. Error mocks raise botocore.exceptions.ClientError (and the client's
 * modelled exception class of that code, e.g. `s3.exceptions.NoSuchKey`) with the response shape
 * botocore gives. DynamoDB's resource API (`Table(...)`) sends the native item shapes with
 * TableName, and returns numbers as Decimal like boto3 does.
 *
 * Runs in the bootstrap's module namespace (after bootstrapPy), so `_ll_aws_call` is in scope.
 */
export const BOTO3_PY = String.raw`
import sys as _sys, types as _types, json as _json, base64 as _b64, datetime as _dt, decimal as _decimal, io as _io, uuid as _uuid

def _mod(name, doc):
    m = _types.ModuleType(name, doc)
    _sys.modules[name] = m
    return m

_botocore = _mod("botocore", "Simulated botocore (Lambda Lab playground)")
_botocore.__version__ = "1.40.0"
_exceptions = _mod("botocore.exceptions", "Simulated botocore.exceptions")
_config = _mod("botocore.config", "Simulated botocore.config")
_response = _mod("botocore.response", "Simulated botocore.response")
_boto3 = _mod("boto3", "Simulated boto3 (Lambda Lab playground): calls are answered from the AWS mocks")
_boto3.__version__ = "1.40.0"
_session_mod = _mod("boto3.session", "Simulated boto3.session")
_ddb = _mod("boto3.dynamodb", "Simulated boto3.dynamodb")
_conditions = _mod("boto3.dynamodb.conditions", "Simulated boto3.dynamodb.conditions")
_ddb_types = _mod("boto3.dynamodb.types", "Simulated boto3.dynamodb.types")
_boto3_s3 = _mod("boto3.s3", "Simulated boto3.s3")
_boto3_transfer = _mod("boto3.s3.transfer", "Simulated boto3.s3.transfer")
_boto3_exceptions = _mod("boto3.exceptions", "Simulated boto3.exceptions")
for _pkg in (_botocore, _boto3, _ddb, _boto3_s3):
    _pkg.__path__ = []
_boto3.s3 = _boto3_s3
_boto3_s3.transfer = _boto3_transfer
_boto3.exceptions = _boto3_exceptions
_botocore.exceptions = _exceptions
_botocore.config = _config
_botocore.response = _response
_boto3.session = _session_mod
_boto3.dynamodb = _ddb
_ddb.conditions = _conditions
_ddb.types = _ddb_types

class BotoCoreError(Exception):
    fmt = "An unspecified error occurred"
    def __init__(self, **kwargs):
        self.kwargs = kwargs
        super().__init__(self.fmt.format(**kwargs))

class NoCredentialsError(BotoCoreError):
    fmt = "Unable to locate credentials"

class ParamValidationError(BotoCoreError):
    fmt = "Parameter validation failed:\n{report}"

class ClientError(Exception):
    MSG_TEMPLATE = "An error occurred ({error_code}) when calling the {operation_name} operation: {error_message}"
    def __init__(self, error_response, operation_name):
        err = error_response.get("Error", {})
        super().__init__(self.MSG_TEMPLATE.format(error_code=err.get("Code", "Unknown"), operation_name=operation_name, error_message=err.get("Message", "Unknown")))
        self.response = error_response
        self.operation_name = operation_name

for _cls in (BotoCoreError, NoCredentialsError, ParamValidationError, ClientError):
    _cls.__module__ = "botocore.exceptions"
    setattr(_exceptions, _cls.__name__, _cls)

class Config(object):
    def __init__(self, *args, **kwargs):
        self.__dict__.update(kwargs)
    def merge(self, other):
        c = Config(**self.__dict__)
        c.__dict__.update(other.__dict__)
        return c
Config.__module__ = "botocore.config"
_config.Config = Config

class StreamingBody(object):
    def __init__(self, data):
        self._stream = _io.BytesIO(data)
        self._length = len(data)
    def read(self, amt=None):
        return self._stream.read() if amt is None else self._stream.read(amt)
    def iter_lines(self, chunk_size=1024, keepends=False):
        for line in self._stream.read().splitlines(keepends):
            yield line
    def iter_chunks(self, chunk_size=1024):
        while True:
            chunk = self._stream.read(chunk_size)
            if not chunk:
                break
            yield chunk
    def close(self):
        pass
    def __iter__(self):
        return self.iter_chunks()
StreamingBody.__module__ = "botocore.response"
_response.StreamingBody = StreamingBody

class TransferConfig(object):
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)
TransferConfig.__module__ = "boto3.s3.transfer"
_boto3_transfer.TransferConfig = TransferConfig

class Boto3Error(Exception):
    pass
class ResourceNotExistsError(Boto3Error):
    pass
for _cls in (Boto3Error, ResourceNotExistsError):
    _cls.__module__ = "boto3.exceptions"
    setattr(_boto3_exceptions, _cls.__name__, _cls)

def _camel(name):
    return "".join(p[:1].upper() + p[1:] for p in name.split("_") if p)

def _plain(value):
    """What a call's parameters look like in the call list (JSON)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, _decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if hasattr(value, "read"):
        data = value.read()
        return data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)

def _to_bytes(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    return _json.dumps(value).encode("utf-8")

def _decimals(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return _decimal.Decimal(str(value))
    if isinstance(value, dict):
        return {k: _decimals(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decimals(v) for v in value]
    return value

_STREAMING = {("s3", "GetObject"): "Body", ("lambda", "Invoke"): "Payload", ("lambda", "InvokeWithResponseStream"): "Payload"}
_SERVICE_IDS = {"secretsmanager": "Secrets Manager", "events": "EventBridge", "stepfunctions": "SFN"}

class _Exceptions(object):
    """client.exceptions.<Code>: ClientError subclasses made on first use."""
    def __init__(self):
        self._classes = {}
        self.ClientError = ClientError
    def __getattr__(self, code):
        if code.startswith("__"):
            raise AttributeError(code)
        return self.for_code(code)
    def for_code(self, code):
        if code not in self._classes:
            self._classes[code] = type(code, (ClientError,), {"__module__": "botocore.errorfactory"})
        return self._classes[code]

class _Meta(object):
    def __init__(self, service, region):
        self.service_model = _types.SimpleNamespace(service_name=service, service_id=_SERVICE_IDS.get(service, service))
        self.region_name = region
        self.endpoint_url = "https://%s.%s.amazonaws.com" % (service, region)
        self.config = Config()

class _Paginator(object):
    def __init__(self, client, name):
        self._client, self._name = client, name
    def paginate(self, **kwargs):
        kwargs.pop("PaginationConfig", None)
        yield getattr(self._client, self._name)(**kwargs)

class _Client(object):
    def __init__(self, service, region):
        self._service = service
        self.meta = _Meta(service, region)
        self.exceptions = _Exceptions()
    def __repr__(self):
        return "<botocore.client.%s object (simulated)>" % self._service.title().replace("-", "")
    def get_paginator(self, operation_name):
        return _Paginator(self, operation_name)
    def can_paginate(self, operation_name):
        return True
    def close(self):
        pass
    def generate_presigned_url(self, ClientMethod, Params=None, ExpiresIn=3600, HttpMethod=None):
        p = Params or {}
        return "https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=%d&X-Amz-Signature=simulated" % (p.get("Bucket", "bucket"), self.meta.region_name, p.get("Key", ""), ExpiresIn)
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        operation = _camel(name)
        def api_call(*args, **kwargs):
            if args:
                raise TypeError("%s() only accepts keyword arguments." % name)
            return self._call(operation, kwargs)
        api_call.__name__ = name
        return api_call
    def _call(self, operation, params):
        answer = _ll_aws_call(self._service, operation, _plain(params))
        meta = {"RequestId": str(_uuid.uuid4()), "HTTPStatusCode": 200, "HTTPHeaders": {}, "RetryAttempts": 0}
        if "error" in answer:
            err = answer["error"]
            meta["HTTPStatusCode"] = err.get("statusCode", 400)
            response = {"Error": {"Code": err["code"], "Message": err.get("message", "")}, "ResponseMetadata": meta}
            raise self.exceptions.for_code(err["code"])(response, operation)
        out = answer.get("output") or {}
        out = dict(out) if isinstance(out, dict) else {"Output": out}
        field = _STREAMING.get((self._service, operation))
        if field:
            out[field] = StreamingBody(_to_bytes(out.get(field, b"")))
            if self._service == "lambda" and operation == "Invoke":
                out.setdefault("StatusCode", 202 if params.get("InvocationType") == "Event" else 200)
        out["ResponseMetadata"] = meta
        return out

# --- DynamoDB resource API (boto3.resource("dynamodb").Table(name)) ---
class _Cond(object):
    def __init__(self, text):
        self._text = text
    def __and__(self, other):
        return _Cond("(%s AND %s)" % (self, other))
    def __or__(self, other):
        return _Cond("(%s OR %s)" % (self, other))
    def __invert__(self):
        return _Cond("(NOT %s)" % self)
    def __str__(self):
        return self._text
    __repr__ = __str__

class _AttrBase(object):
    def __init__(self, name):
        self.name = name
    def _op(self, op, *values):
        return _Cond("%s %s %s" % (self.name, op, " AND ".join(repr(_plain(v)) for v in values)))
    def eq(self, v): return self._op("=", v)
    def ne(self, v): return self._op("<>", v)
    def lt(self, v): return self._op("<", v)
    def lte(self, v): return self._op("<=", v)
    def gt(self, v): return self._op(">", v)
    def gte(self, v): return self._op(">=", v)
    def between(self, a, b): return self._op("BETWEEN", a, b)
    def begins_with(self, v): return _Cond("begins_with(%s, %r)" % (self.name, _plain(v)))
    def is_in(self, values): return _Cond("%s IN (%s)" % (self.name, ", ".join(repr(_plain(v)) for v in values)))
    def exists(self): return _Cond("attribute_exists(%s)" % self.name)
    def not_exists(self): return _Cond("attribute_not_exists(%s)" % self.name)
    def contains(self, v): return _Cond("contains(%s, %r)" % (self.name, _plain(v)))

class Key(_AttrBase):
    pass

class Attr(_AttrBase):
    pass

Key.__module__ = Attr.__module__ = "boto3.dynamodb.conditions"
_conditions.Key = Key
_conditions.Attr = Attr

class TypeSerializer(object):
    def serialize(self, value):
        if value is None: return {"NULL": True}
        if isinstance(value, bool): return {"BOOL": value}
        if isinstance(value, (int, float, _decimal.Decimal)): return {"N": str(value)}
        if isinstance(value, str): return {"S": value}
        if isinstance(value, (bytes, bytearray)): return {"B": bytes(value)}
        if isinstance(value, (set, frozenset)):
            items = list(value)
            if all(isinstance(v, str) for v in items): return {"SS": items}
            if all(isinstance(v, (bytes, bytearray)) for v in items): return {"BS": items}
            return {"NS": [str(v) for v in items]}
        if isinstance(value, dict): return {"M": {k: self.serialize(v) for k, v in value.items()}}
        if isinstance(value, (list, tuple)): return {"L": [self.serialize(v) for v in value]}
        raise TypeError("Unsupported type \"%s\" for value \"%s\"" % (type(value), value))

class TypeDeserializer(object):
    def deserialize(self, value):
        (tag, v), = value.items()
        if tag == "NULL": return None
        if tag == "BOOL": return v
        if tag == "N": return _decimal.Decimal(v)
        if tag == "S": return v
        if tag == "B": return v
        if tag == "SS": return set(v)
        if tag == "NS": return set(_decimal.Decimal(x) for x in v)
        if tag == "BS": return set(v)
        if tag == "M": return {k: self.deserialize(x) for k, x in v.items()}
        if tag == "L": return [self.deserialize(x) for x in v]
        raise TypeError("Dynamodb type %s is not supported" % tag)

_ddb_types.TypeSerializer = TypeSerializer
_ddb_types.TypeDeserializer = TypeDeserializer
_ddb_types.Binary = bytes

class _BatchWriter(object):
    def __init__(self, table):
        self._table, self._items = table, []
    def put_item(self, Item):
        self._items.append({"PutRequest": {"Item": Item}})
    def delete_item(self, Key):
        self._items.append({"DeleteRequest": {"Key": Key}})
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        for i in range(0, len(self._items), 25):
            self._table._client._call("BatchWriteItem", {"RequestItems": {self._table.name: self._items[i:i + 25]}})
        self._items = []
        return False

class _Table(object):
    def __init__(self, client, name):
        self._client, self.name, self.table_name = client, name, name
    def __repr__(self):
        return "dynamodb.Table(name=%r)" % self.name
    def batch_writer(self, overwrite_by_pkeys=None):
        return _BatchWriter(self)
    def __getattr__(self, attr):
        if attr.startswith("_"):
            raise AttributeError(attr)
        operation = _camel(attr)
        def table_call(**kwargs):
            out = self._client._call(operation, dict(TableName=self.name, **kwargs))
            for field in ("Item", "Items", "Attributes"):
                if field in out:
                    out[field] = _decimals(out[field])
            return out
        table_call.__name__ = attr
        return table_call

class _DynamoResource(object):
    def __init__(self, region):
        self.meta = _types.SimpleNamespace(client=_Client("dynamodb", region))
    def Table(self, name):
        return _Table(self.meta.client, name)

def _region(kwargs):
    import os
    return kwargs.get("region_name") or os.environ.get("AWS_REGION") or "us-east-1"

_SIMULATED_RESOURCES = ("dynamodb",)

class Session(object):
    def __init__(self, *args, **kwargs):
        self.region_name = _region(kwargs)
    def client(self, service_name, *args, **kwargs):
        return _Client(service_name, _region(kwargs) if kwargs.get("region_name") else self.region_name)
    def resource(self, service_name, *args, **kwargs):
        if service_name == "dynamodb":
            return _DynamoResource(_region(kwargs) if kwargs.get("region_name") else self.region_name)
        raise NotImplementedError("The Lambda Lab playground simulates boto3.resource('dynamodb') only; use boto3.client('%s') instead (every client operation is simulated)." % service_name)

Session.__module__ = "boto3.session"
_session_mod.Session = Session
_boto3.Session = Session
_boto3.client = lambda service_name, *a, **k: Session(**k).client(service_name, **k)
_boto3.resource = lambda service_name, *a, **k: Session(**k).resource(service_name, **k)
_boto3.setup_default_session = lambda **k: None
`;
