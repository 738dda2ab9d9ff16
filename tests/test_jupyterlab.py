"""JupyterLab as a scholar meets it: the server from the workspace's environment,
the notebooks listed through its REST API, a kernel that runs a notebook's first
cells and imports ``detentio``, and a clean shutdown.

The server serves a copy of the workspace (``DETENTIO_ROOT`` points there), so
nothing the test does can touch the real notebooks.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
import websocket

from conftest import ROOT, copy_workspace

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
STARTUP_LIMIT = 90  # seconds; a cold start on a loaded 2-core runner takes ~10


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A running JupyterLab server and a requests session that carries its token."""

    def __init__(self, process: subprocess.Popen, url: str, token: str, root: Path, log: Path):
        self.process, self.url, self.token, self.root, self.log = process, url, token, root, log
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {token}"

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        return self.http.request(method, f"{self.url}{path}", timeout=60, **kwargs)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    base = tmp_path_factory.mktemp("lab")
    root = copy_workspace(base / "ws")
    token = secrets.token_hex(16)
    port = free_port()
    env = dict(os.environ,
               DETENTIO_ROOT=str(root),
               JUPYTER_CONFIG_DIR=str(base / "config"),
               JUPYTER_RUNTIME_DIR=str(base / "runtime"),
               IPYTHONDIR=str(base / "ipython"),
               HOME=str(base / "home"))
    env.pop("MPLBACKEND", None)  # the inline backend must work in the kernel
    (base / "home").mkdir()
    log = base / "lab.log"
    command = [
        str(BIN / "jupyter"), "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.news_url=",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Lab(process, f"http://127.0.0.1:{port}", token, root, log)
    deadline = time.monotonic() + STARTUP_LIMIT
    while True:
        if process.poll() is not None:
            pytest.fail(f"jupyter lab exited with {process.returncode}:\n{log.read_text()}")
        try:
            if server.api("GET", "/api/status").status_code == 200:
                break
        except requests.ConnectionError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"jupyter lab did not answer within {STARTUP_LIMIT} s:\n{log.read_text()}")
        time.sleep(0.3)
    yield server
    if process.poll() is None:  # a failed test left it running: stop it, by its own id
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def workspace_notebooks(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "notebooks").glob("*.ipynb"))


def first_notebook(root: Path) -> str:
    names = workspace_notebooks(root)
    if not names:
        pytest.skip("the workspace has no notebooks yet")
    return names[0]


class Kernel:
    """The kernel's websocket channel: send code, collect what it prints and any error."""

    def __init__(self, lab: Lab, kernel_id: str):
        ws_url = lab.url.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
        self.ws = websocket.create_connection(ws_url, header=[f"Authorization: token {lab.token}"],
                                              timeout=120)
        self.session = uuid.uuid4().hex

    def execute(self, code: str) -> dict:
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": self.session,
                       "username": "test", "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
        }))
        result = {"stdout": "", "stderr": "", "error": None, "reply": None, "outputs": []}
        idle = False
        while not (idle and result["reply"] is not None):
            msg = json.loads(self.ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                result[content["name"]] += content["text"]
            elif kind == "error":
                result["error"] = f"{content['ename']}: {content['evalue']}"
            elif kind in ("execute_result", "display_data"):
                result["outputs"].append(content["data"])
            elif kind == "execute_reply":
                result["reply"] = content
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
        return result

    def close(self):
        self.ws.close()


def test_server_runs_from_the_workspace_environment(lab):
    assert lab.api("GET", "/api/status").json()["kernels"] == 0
    specs = lab.api("GET", "/api/kernelspecs").json()
    assert "python3" in specs["kernelspecs"]
    page = lab.api("GET", "/lab")
    assert page.status_code == 200 and "JupyterLab" in page.text


def test_requests_without_the_token_are_refused(lab):
    assert requests.get(f"{lab.url}/api/contents/notebooks", timeout=30).status_code == 403
    assert requests.post(f"{lab.url}/api/kernels", json={"name": "python3"}, timeout=30).status_code == 403
    assert lab.api("GET", "/api/kernels").json() == []


def test_every_workspace_notebook_is_listed(lab):
    listing = lab.api("GET", "/api/contents/notebooks")
    assert listing.status_code == 200
    listed = sorted(item["name"] for item in listing.json()["content"] if item["type"] == "notebook")
    assert listed == workspace_notebooks(ROOT)
    root_names = {item["name"] for item in lab.api("GET", "/api/contents").json()["content"]}
    assert {"data", "notebooks"} <= root_names


def test_kernel_runs_the_first_cells_and_imports_detentio(lab):
    name = first_notebook(lab.root)
    model = lab.api("GET", f"/api/contents/notebooks/{name}", params={"content": 1}).json()
    code_cells = [c for c in model["content"]["cells"] if c["cell_type"] == "code"]
    assert "parameters" in code_cells[0]["metadata"].get("tags", []), \
        f"{name}: the first code cell must be tagged `parameters`"

    created = lab.api("POST", "/api/sessions", json={
        "path": f"notebooks/{name}", "type": "notebook", "name": name, "kernel": {"name": "python3"}})
    assert created.status_code == 201, created.text
    session = created.json()
    kernel = Kernel(lab, session["kernel"]["id"])
    try:
        # The parameters cell, then the cells up to and including the first that imports detentio.
        first = []
        for cell in code_cells:
            first.append(cell)
            if len(first) > 1 and "detentio" in cell["source"]:
                break
        for index, cell in enumerate(first[:4]):
            ran = kernel.execute(cell["source"])
            assert ran["error"] is None, f"{name} code cell {index}: {ran['error']}\n{ran['stderr']}"
            assert ran["reply"]["status"] == "ok"

        probe = kernel.execute(
            "import os, sys, detentio, detentio.corpus.loader\n"
            "from detentio import paths\n"
            "print(sys.executable)\n"
            "print(paths.root())\n"
            "print(os.getcwd())\n"
            "print(detentio.corpus.loader.load().documents.shape[0])\n")
        assert probe["error"] is None, probe["error"]
        executable, root, cwd, count = probe["stdout"].split("\n")[:4]
        # The kernel is the workspace's own Python, reads the served workspace,
        # and runs in the notebook's folder, as JupyterLab starts it for a scholar.
        assert Path(executable).parent == BIN
        assert Path(root) == lab.root.resolve()
        assert Path(cwd) == (lab.root / "notebooks").resolve()
        assert int(count) == len(list((lab.root / "data" / "sources").glob("*.md")))
    finally:
        kernel.close()
    assert lab.api("DELETE", f"/api/sessions/{session['id']}").status_code == 204
    assert lab.api("GET", "/api/sessions").json() == []
    assert lab.api("GET", "/api/kernels").json() == []


def test_the_review_notebook_runs_and_its_decisions_reach_the_corrections_file(lab):
    name = "00-review-attributions.ipynb"
    model = lab.api("GET", f"/api/contents/notebooks/{name}", params={"content": 1}).json()
    code_cells = [c for c in model["content"]["cells"] if c["cell_type"] == "code"]
    assert "parameters" in code_cells[0]["metadata"].get("tags", [])
    created = lab.api("POST", "/api/sessions", json={
        "path": f"notebooks/{name}", "type": "notebook", "name": name, "kernel": {"name": "python3"}})
    assert created.status_code == 201, created.text
    session = created.json()
    kernel = Kernel(lab, session["kernel"]["id"])
    path = lab.root / "data" / "corrections.csv"
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    try:
        outputs = []
        for index, cell in enumerate(code_cells):
            ran = kernel.execute(cell["source"])
            assert ran["error"] is None, f"{name} code cell {index}: {ran['error']}\n{ran['stderr']}"
            outputs += ran["outputs"]
        # the controls are shown as a widget, as JupyterLab renders them for a scholar
        assert any("application/vnd.jupyter.widget-view+json" in data for data in outputs)
        first = kernel.execute("item = desk.item; desk.accept('checked in the lab'); "
                               "print(item['source'], item['start'], item['end'])")
        assert first["error"] is None, first["error"]
        source, start, end = first["stdout"].split()
    finally:
        kernel.close()
    assert lab.api("DELETE", f"/api/sessions/{session['id']}").status_code == 204
    added = path.read_text(encoding="utf-8")[len(before):].strip().splitlines()
    assert len(added) == 1 and added[0].startswith(f"{source},{start},{end},")
    assert ",checked,speaker=" in added[0] and "checked in the lab" in added[0]
    path.write_text(before or "source,start,end,text,field,value,reason,reviewer,date\n", encoding="utf-8")


def test_server_shuts_down_cleanly(lab):
    runtime = lab.log.parent / "runtime"
    assert list(runtime.glob("jpserver-*.json")), "a running server advertises itself in the runtime folder"
    assert lab.api("POST", "/api/shutdown").status_code == 200
    assert lab.process.wait(60) == 0
    # A clean shutdown removes the server's advertisement and logs no traceback.
    assert list(runtime.glob("jpserver-*.json")) == []
    log = lab.log.read_text()
    assert "Shutting down" in log
    assert "Traceback" not in log, log


def test_make_lab_starts_as_root_and_without_a_display(tmp_path):
    """`make lab` as a new user types it: no display, perhaps as root (a container)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    token, port = secrets.token_hex(16), free_port()
    stamp = tmp_path / "installed"
    stamp.touch()  # the environment is ready: make must not build a .venv
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "CI")}
    env.update(JUPYTER_CONFIG_DIR=str(tmp_path / "config"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
               IPYTHONDIR=str(tmp_path / "ipython"), HOME=str(tmp_path))
    args = (f"--ServerApp.ip=127.0.0.1 --ServerApp.port={port} --ServerApp.port_retries=0 "
            f"--IdentityProvider.token={token} --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate")
    log = tmp_path / "make.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(["make", "-C", str(ROOT), "lab", f"VENV={BIN.parent}", f"STAMP={stamp}",
                                    f"LAB_ARGS={args}"], env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + STARTUP_LIMIT
        while True:
            if process.poll() is not None:
                pytest.fail(f"make lab exited with {process.returncode}:\n{log.read_text()}")
            try:
                answer = requests.get(f"http://127.0.0.1:{port}/api/status", timeout=5,
                                      headers={"Authorization": f"token {token}"})
                if answer.status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"make lab did not answer within {STARTUP_LIMIT} s:\n{log.read_text()}")
            time.sleep(0.3)
        command = next(line for line in log.read_text().splitlines() if "jupyter lab" in line)  # make echoes it
        assert "--no-browser" in command
        assert ("--allow-root" in command) == (os.geteuid() == 0)
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # make and the server it started: this test's own group
        process.wait(60)
