/**
 * The Python side of the playground's Python runtime: a small re-telling of what the Lambda
 * Python runtime interface client (aws/aws-lambda-python-runtime-interface-client,
 * awslambdaric/bootstrap.py, Apache-2.0) does — import `module.function` (Runtime.ImportModuleError,
 * Runtime.UserCodeSyntaxError, Runtime.HandlerNotFound), build the context object, format logging
 * records (`[INFO]\t<time>\t<request id>\t…` or JSON), marshal the response like its encoder and
 * format errors like `make_error`/`log_error`. Error frames are filtered the same way, so this file
 * is run under the name "/var/runtime/bootstrap.py".
 *
 * It talks to the worker through two character devices only (/dev/lambda_lab_log for logging
 * frames and error lines, /dev/lambda_lab_aws for simulated boto3 calls) and returns strings: the
 * guest holds no JavaScript object, and `js`/`pyodide` cannot be imported.
 */
export const BOOTSTRAP_FILENAME = '/var/runtime/bootstrap.py';

export const BOOTSTRAP_PY = String.raw`
import sys, os, json, time, traceback, logging, importlib, decimal, math, shutil, re, io

_ERROR_LOG_LINE_TERMINATE = "\r"
_ERROR_LOG_IDENT = "\u00a0"
_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_WARNING_UNHANDLED = (
    "LAMBDA_WARNING: Unhandled exception. The most likely cause is an issue in the function code. "
    "However, in rare cases, a Lambda runtime update can cause unexpected function behavior. "
    "For functions using managed runtimes, runtime updates can be triggered by a function change, or can be applied automatically. "
    "To determine if the runtime has been updated, check the runtime version in the INIT_START log entry. "
    "If this error correlates with a change in the runtime version, you may be able to mitigate this error by temporarily rolling back to the previous runtime version. "
    "For more information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html\r"
)
_NO_INSTALL = ("The Lambda Lab playground cannot install packages: only the Python standard library "
               "(as Pyodide ships it) and the simulated boto3/botocore can be imported.")
# Modules that would reach the worker's JavaScript, the network or processes.
_BLOCKED = {"js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip", "pyodide_http", "_pyodide_importhook"}

_log_dev = os.open("/dev/lambda_lab_log", os.O_WRONLY)
_aws_dev = os.open("/dev/lambda_lab_aws", os.O_RDWR)

def _frame(text):
    os.write(_log_dev, (json.dumps(text) + "\n").encode("utf-8"))

class _FaultException(Exception):
    def __init__(self, exception_type, msg, trace=None):
        self.msg = msg
        self.exception_type = exception_type
        self.trace = trace

class _Blocker:
    """Refuses the modules in _BLOCKED (first on sys.meta_path)."""
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in _BLOCKED:
            raise ModuleNotFoundError("No module named '%s'" % name, name=name)
        return None

for _name in list(sys.modules):
    if _name.split(".")[0] in _BLOCKED:
        del sys.modules[_name]
# Pyodide's finder for JavaScript modules holds the "js" and "pyodide_js" objects: drop it.
for _finder in list(sys.meta_path):
    if type(_finder).__name__ == "JsFinder":
        getattr(_finder, "jsproxies", {}).clear()
        sys.meta_path.remove(_finder)
sys.meta_path.insert(0, _Blocker())

def _no_processes(*args, **kwargs):
    raise PermissionError(1, "The Lambda Lab playground cannot start processes (real Lambda could run this)")

for _fn in ("system", "popen", "fork", "forkpty", "execv", "execve", "execvp", "execvpe", "spawnv", "spawnve", "posix_spawn", "posix_spawnp", "kill"):
    if hasattr(os, _fn):
        setattr(os, _fn, _no_processes)
import subprocess as _subprocess
_subprocess.Popen.__init__ = _no_processes

# --- asyncio as on Lambda ---
# The runtime calls the handler synchronously: an "async def" handler returns a coroutine, which
# the response encoder cannot marshal (Runtime.MarshalError), as on Lambda. Inside a handler,
# asyncio.run() must work as in CPython; Pyodide replaced it with its browser event loop (which
# needs the JavaScript this sandbox removes), so asyncio gets back CPython's own run() and a plain
# event loop without I/O. Its waits are short Python loops, so the deadline interrupt still lands.
import asyncio as _asyncio, asyncio.events as _asyncio_events, asyncio.runners as _asyncio_runners

class _NoIoSelector:
    def select(self, timeout=None):
        end = time.monotonic() + (0.01 if timeout is None else min(timeout, 0.01))
        while time.monotonic() < end:
            pass
        return []
    def close(self):
        pass

class _LambdaEventLoop(_asyncio.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _NoIoSelector()
    def _process_events(self, event_list):
        pass
    def _write_to_self(self):
        pass

# (Python 3.14 renamed the policy base class with a leading underscore.)
class _LambdaEventLoopPolicy(getattr(_asyncio_events, "_BaseDefaultEventLoopPolicy", None) or _asyncio_events.BaseDefaultEventLoopPolicy):
    _loop_factory = _LambdaEventLoop

_asyncio.run = _asyncio_runners.run
_asyncio_events._set_running_loop(None)
getattr(_asyncio_events, "_set_event_loop_policy", _asyncio_events.set_event_loop_policy)(_LambdaEventLoopPolicy())

# --- the JSON encoder of the runtime (ensure_ascii=False, allow_nan=True, Decimal as its digits) ---
_DEC = "\x00LLDEC:"
class _Encoder(json.JSONEncoder):
    def __init__(self):
        super().__init__(ensure_ascii=False, allow_nan=True)
    def default(self, obj):
        if isinstance(obj, decimal.Decimal):
            if obj.is_nan():
                return math.nan
            return _DEC + str(obj) + "\x00"
        return super().default(obj)
_DEC_RE = re.compile(r'"\\u0000LLDEC:([-+0-9.eEInfinity]+)\\u0000"')

def _to_json(obj):
    return _DEC_RE.sub(lambda m: m.group(1), _Encoder().encode(obj))

# --- logging as the runtime sets it up ---
_request_id = None
_tenant_id = None

class _Filter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _request_id or ""
        record.tenant_id = _tenant_id
        return True

class _Handler(logging.Handler):
    def emit(self, record):
        msg = self.format(record)
        _frame(msg[:-1] if msg.endswith("\n") else msg)

_RESERVED_FIELDS = {"name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module", "exc_info",
    "exc_text", "stack_info", "lineno", "funcName", "created", "msecs", "relativeCreated", "thread", "threadName",
    "processName", "process", "aws_request_id", "tenant_id", "_frame_type", "taskName"}

def _level(record):
    return min(50, max(0, record.levelno)) // 10 * 10

class _JsonFormatter(logging.Formatter):
    def __init__(self):
        super().__init__(datefmt=_DATETIME_FORMAT)
    def format(self, record):
        record.levelno = _level(record)
        record.levelname = logging.getLevelName(record.levelno)
        ei = record.exc_info
        result = {
            "timestamp": self.formatTime(record, self.datefmt),
            "level": record.levelname,
            "message": record.getMessage(),
            "logger": record.name,
            "stackTrace": traceback.format_tb(ei[2]) if ei else None,
            "errorType": ei[0].__name__ if ei else None,
            "errorMessage": str(ei[1]) if ei else None,
            "requestId": getattr(record, "aws_request_id", None),
            "location": "%s:%s:%s" % (record.pathname, record.funcName, record.lineno) if ei else None,
        }
        if getattr(record, "tenant_id", None) is not None:
            result["tenantId"] = record.tenant_id
        result.update((k, v) for k, v in record.__dict__.items() if k not in _RESERVED_FIELDS and k not in result)
        result = {k: v for k, v in result.items() if v is not None}
        return json.JSONEncoder(ensure_ascii=False, default=str).encode(result) + "\n"

_json_logs = False

def _setup_logging():
    global _json_logs
    _json_logs = (os.environ.get("AWS_LAMBDA_LOG_FORMAT") or "").upper() == "JSON"
    level = {None: "", "TRACE": "DEBUG"}.get(os.environ.get("AWS_LAMBDA_LOG_LEVEL"), os.environ.get("AWS_LAMBDA_LOG_LEVEL") or "").upper()
    logging.Formatter.converter = time.gmtime
    root = logging.getLogger()
    handler = _Handler()
    if _json_logs:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n", "%Y-%m-%dT%H:%M:%S"))
    if level in logging._nameToLevel:
        root.setLevel(level)
    handler.addFilter(_Filter())
    root.addHandler(handler)

def _replace_indent(line):
    n = len(line) - len(line.lstrip(" "))
    return _ERROR_LOG_IDENT * n + line[n:]

def _log_error(err):
    if _json_logs:
        _frame(_to_json({"timestamp": time.strftime(_DATETIME_FORMAT, time.gmtime(time.time())), "log_level": "ERROR", **err}))
        return
    desc = "[ERROR]"
    if err.get("errorType"):
        desc += " " + err["errorType"]
    if err.get("errorMessage"):
        if err.get("errorType"):
            desc += ":"
        desc += " " + err["errorMessage"]
    lines = [desc]
    if err.get("stackTrace") is not None:
        lines.append("Traceback (most recent call last):")
        for element in err["stackTrace"]:
            if element == "":
                lines.append("")
            else:
                lines.extend(_replace_indent(l) for l in element.splitlines())
    _frame(_ERROR_LOG_LINE_TERMINATE.join(lines))

def _make_error(message, etype, trace, invoke_id=None):
    return {"errorMessage": message or "", "errorType": etype or "", "requestId": invoke_id if invoke_id is not None else "", "stackTrace": trace or []}

def _user_frames(tb):
    tuples = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    for i in range(len(tuples)):
        if "/bootstrap.py" not in tuples[i][0]:
            return tuples[i:]
    return tuples

def _fault_result(exc, invoke_id=None):
    return _make_error(str(exc), type(exc).__name__, traceback.format_list(_user_frames(exc.__traceback__)), invoke_id)

# --- context ---
class CognitoIdentity(object):
    __slots__ = ["cognito_identity_id", "cognito_identity_pool_id"]
    def __repr__(self):
        return f"CognitoIdentity([cognito_identity_id={self.cognito_identity_id},cognito_identity_pool_id={self.cognito_identity_pool_id}])"

class Client(object):
    __slots__ = ["installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name"]

class ClientContext(object):
    __slots__ = ["custom", "env", "client"]

def _obj(cls, d):
    if d is None:
        return None
    o = cls()
    for f in cls.__slots__:
        setattr(o, f, d.get(f, None))
    return o

class LambdaContext(object):
    def __init__(self, invoke_id, client_context, cognito_identity, epoch_deadline_time_in_ms, invoked_function_arn=None, tenant_id=None):
        self.aws_request_id = invoke_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = invoked_function_arn
        self.tenant_id = tenant_id
        self.client_context = _obj(ClientContext, client_context)
        if self.client_context is not None:
            self.client_context.client = _obj(Client, self.client_context.client)
        self.identity = _obj(CognitoIdentity, {})
        if cognito_identity is not None:
            self.identity.cognito_identity_id = cognito_identity.get("cognitoIdentityId")
            self.identity.cognito_identity_pool_id = cognito_identity.get("cognitoIdentityPoolId")
        self._epoch_deadline_time_in_ms = epoch_deadline_time_in_ms

    def get_remaining_time_in_millis(self):
        delta = self._epoch_deadline_time_in_ms - int(time.time() * 1000)
        return delta if delta > 0 else 0

    def log(self, msg):
        _frame(str(msg))

    def __repr__(self):
        return (f"LambdaContext([aws_request_id={self.aws_request_id},log_group_name={self.log_group_name},"
                f"log_stream_name={self.log_stream_name},function_name={self.function_name},"
                f"memory_limit_in_mb={self.memory_limit_in_mb},function_version={self.function_version},"
                f"invoked_function_arn={self.invoked_function_arn},client_context={self.client_context},"
                f"identity={self.identity},tenant_id={self.tenant_id}])")

# --- one execution environment ---
_baseline_modules = set()
_baseline_path = list(sys.path)
_handler = None

def _ll_seal():
    """Called once the runtime (and the simulated boto3) is loaded: what a reset keeps."""
    _baseline_modules.update(sys.modules)

def _wipe(path):
    for entry in os.listdir(path):
        full = os.path.join(path, entry)
        if os.path.isdir(full) and not os.path.islink(full):
            shutil.rmtree(full, ignore_errors=True)
        else:
            os.unlink(full)

def _ll_reset():
    """Forgets the previous environment: user modules, logging set-up, files, variables."""
    global _handler, _request_id, _tenant_id
    for name in list(sys.modules):
        if name not in _baseline_modules:
            del sys.modules[name]
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.setLevel(logging.WARNING)
    logging.Logger.manager.loggerDict.clear()
    sys.path[:] = ["/var/task", "/var/runtime"] + [p for p in _baseline_path if p not in ("/var/task", "/var/runtime", "", "/home/pyodide")]
    for d in ("/tmp", "/var/task"):
        os.makedirs(d, exist_ok=True)
        _wipe(d)
    importlib.invalidate_caches()
    _handler = None
    _request_id = None
    _tenant_id = None

def _ll_init(config_json):
    """The init phase: environment, logging, then import module.function. Returns JSON."""
    global _handler
    config = json.loads(config_json)
    _ll_reset()
    os.environ.clear()
    os.environ.update(config["env"])
    os.chdir("/var/task")
    with open("/var/task/%s.py" % config["module"], "w", encoding="utf-8") as f:
        f.write(config["code"])
    for rel, text in config.get("files", {}).items():
        path = os.path.join("/var/task", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    error = None
    try:
        _setup_logging()
        _handler = _get_handler(config["module"] + "." + config["function"])
    except _FaultException as e:
        error = _make_error(e.msg, e.exception_type, e.trace)
    except SystemExit as e:
        return json.dumps({"exit": _exit_code(e)})
    except KeyboardInterrupt:
        return json.dumps({"interrupted": True})
    except Exception as e:
        error = _make_error(str(e), type(e).__name__, traceback.format_list(_user_frames(e.__traceback__)))
    if error is not None:
        logging.warning(_WARNING_UNHANDLED)
        _log_error(error)
        return json.dumps({"error": error})
    return json.dumps({"ok": True})

def _get_handler(handler):
    try:
        modname, fname = handler.rsplit(".", 1)
    except ValueError as e:
        raise _FaultException("Runtime.MalformedHandlerName", "Bad handler '{}': {}".format(handler, str(e)))
    try:
        if modname.split(".")[0] in sys.builtin_module_names:
            raise _FaultException("Runtime.BuiltInModuleConflict", "Cannot use built-in module {} as a handler module".format(modname))
        m = importlib.import_module(modname.replace("/", "."))
    except ImportError as e:
        missing = getattr(e, "name", None)
        extra = (" " + _NO_INSTALL) if missing and missing != modname else ""
        raise _FaultException("Runtime.ImportModuleError", "Unable to import module '{}': {}{}".format(modname, str(e), extra))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise _FaultException("Runtime.UserCodeSyntaxError", "Syntax error in module '{}': {}".format(modname, str(e)), trace)
    try:
        return getattr(m, fname)
    except AttributeError:
        raise _FaultException("Runtime.HandlerNotFound", "Handler '{}' missing on module '{}'".format(fname, modname), None)

def _exit_code(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    sys.stderr.write(str(code) + "\n")
    return 1

_MAX_RESPONSE = 6291556

def _ll_invoke(event_json, request_id, ctx_json):
    """One invocation. Returns JSON: {"body": …} | {"error": …} | {"exit": n} | {"interrupted": true}."""
    global _request_id, _tenant_id
    ctx = json.loads(ctx_json)
    _request_id = request_id
    _tenant_id = ctx.get("tenantId")
    os.environ["_X_AMZN_TRACE_ID"] = ctx["traceId"]
    error = None
    try:
        try:
            context = LambdaContext(request_id, ctx.get("clientContext"), ctx.get("identity"), ctx["deadlineEpochMs"], ctx["invokedFunctionArn"], ctx.get("tenantId"))
            try:
                event = json.loads(event_json)
            except Exception as e:
                raise _FaultException("Runtime.UnmarshalError", "Unable to unmarshal input: {}".format(str(e)))
            response = _handler(event, context)
            if isinstance(response, (bytes, bytearray)):
                body = bytes(response).decode("utf-8", "replace")
                kind = "bytes"
            else:
                try:
                    body = _to_json(response)
                except Exception as e:
                    raise _FaultException("Runtime.MarshalError", "Unable to marshal response: {}".format(str(e)))
                kind = "json"
            if len(body.encode("utf-8")) > _MAX_RESPONSE:
                return json.dumps({"tooLarge": True})
            return json.dumps({"body": body, "kind": kind})
        except _FaultException as e:
            error = _make_error(e.msg, e.exception_type, e.trace, request_id)
        except RecursionError as e:
            error = _fault_result(e, request_id)
        except Exception as e:
            error = _fault_result(e, request_id)
    except SystemExit as e:
        return json.dumps({"exit": _exit_code(e)})
    except KeyboardInterrupt:
        return json.dumps({"interrupted": True})
    except MemoryError:
        return json.dumps({"memory": True})
    _log_error(error)
    return json.dumps({"error": error})

def _ll_aws_call(service, operation, params):
    """Used by the simulated boto3: one request line out, one answer line back."""
    os.write(_aws_dev, (json.dumps({"service": service, "operation": operation, "input": params}, default=str) + "\n").encode("utf-8"))
    chunks = []
    while True:
        chunk = os.read(_aws_dev, 65536)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return json.loads(b"".join(chunks).decode("utf-8"))
`;
