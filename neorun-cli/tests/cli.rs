//! The `neorun` binary, driven as a user would: servers and clients in separate processes on
//! loopback, guest components written to a temporary directory. Every wait is bounded and every
//! child process is killed when its guard drops.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use neorun::kv::INTERFACE;
use neorun::neopack::{self, Limits};
use neorun::rpc::frame::{Call, Frame};
use neorun_workspace::guests;

/// The longest any one step may take.
const LIMIT: Duration = Duration::from_secs(60);

fn neorun() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_neorun"));
    cmd.env_remove("RUST_LOG");
    cmd
}

/// A child process killed (and reaped) when dropped.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits for `child` to exit, at most [`LIMIT`].
fn wait_bounded(child: &mut Child) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status;
        }
        assert!(start.elapsed() < LIMIT, "process still running after {LIMIT:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// What a finished command printed.
struct Outcome {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl std::fmt::Debug for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}\n--- stdout\n{}--- stderr\n{}", self.status, self.stdout, self.stderr)
    }
}

fn drain(r: impl std::io::Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut s = String::new();
        let _ = BufReader::new(r).read_to_string(&mut s);
        s
    })
}

/// Starts `neorun ARGS` with every stdio piped, and a thread feeding it `stdin`.
fn spawn_fed(args: &[&str], stdin: &[u8]) -> (Guard, std::thread::JoinHandle<()>) {
    let mut child = Guard(
        neorun()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn neorun"),
    );
    let mut input = child.0.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    (child, feeder)
}

/// Runs `neorun ARGS` to completion (bounded), feeding `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Outcome {
    let (mut child, feeder) = spawn_fed(args, stdin);
    let out = drain(child.0.stdout.take().unwrap());
    let err = drain(child.0.stderr.take().unwrap());
    let status = wait_bounded(&mut child.0);
    let _ = feeder.join();
    Outcome { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() }
}

/// Runs `neorun ARGS` to completion (bounded) with its stdout read for `keep` bytes and then
/// closed, as `neorun ... | head -c KEEP` would.
fn run_closing_stdout(args: &[&str], stdin: &[u8], keep: usize) -> Outcome {
    let (mut child, feeder) = spawn_fed(args, stdin);
    let mut stdout = child.0.stdout.take().unwrap();
    let mut head = vec![0; keep];
    stdout.read_exact(&mut head).expect("the first bytes of stdout");
    drop(stdout);
    let err = drain(child.0.stderr.take().unwrap());
    let status = wait_bounded(&mut child.0);
    let _ = feeder.join();
    Outcome {
        status,
        stdout: String::from_utf8_lossy(&head).into_owned(),
        stderr: err.join().unwrap(),
    }
}

/// A temporary directory holding the guest components.
struct Guests {
    dir: tempfile::TempDir,
}

impl Guests {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in
            [("kv_client.wasm", guests::kv_client()), ("kv_provider.wasm", guests::kv_provider())]
        {
            std::fs::write(dir.path().join(name), bytes).unwrap();
        }
        Self { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).to_str().unwrap().to_owned()
    }

    fn file(&self, name: &str, bytes: &[u8]) -> String {
        std::fs::write(self.dir.path().join(name), bytes).unwrap();
        self.path(name)
    }
}

/// A running `neorun serve` and the endpoint it announced.
struct Server {
    child: Guard,
    endpoint: String,
    stderr: PathBuf,
}

impl Server {
    fn start(args: &[&str], dir: &Path) -> Self {
        let stderr = dir.join(format!("serve-{}.err", std::process::id()));
        let mut child = Guard(
            neorun()
                .arg("serve")
                .args(args)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(std::fs::File::create(&stderr).unwrap())
                .spawn()
                .expect("spawn neorun serve"),
        );
        let stdout = child.0.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let _ = tx.send(lines.next());
            // Keep reading so the server never blocks on a full pipe.
            for _ in lines {}
        });
        let line = match rx.recv_timeout(LIMIT) {
            Ok(Some(Ok(line))) => line,
            other => panic!(
                "no `listening on` line ({other:?}); stderr:\n{}",
                std::fs::read_to_string(&stderr).unwrap_or_default()
            ),
        };
        let endpoint = line
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Self { child, endpoint, stderr }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Sends SIGTERM and returns the exit status.
    #[cfg(unix)]
    fn terminate(mut self) -> (ExitStatus, String) {
        let pid = self.child.0.id().to_string();
        let killed = Command::new("kill").args(["-TERM", &pid]).status().expect("run kill");
        assert!(killed.success());
        let status = wait_bounded(&mut self.child.0);
        (status, self.stderr())
    }
}

fn link(endpoint: &str) -> String {
    format!("{INTERFACE}={endpoint}")
}

/// The `u64` inside `ok(N)` on stdout.
fn ok_number(out: &Outcome) -> u64 {
    let text = out.stdout.trim();
    text.strip_prefix("ok(")
        .and_then(|t| t.strip_suffix(')'))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("expected ok(N) on stdout: {out:?}"))
}

/// The guest's self-test, then noop, put and get through `endpoint`, checked against the
/// guest's documented checksums.
fn exercise_kv(client: &str, endpoint: &str) {
    let l = link(endpoint);
    let out = run(&["run", client, "--link", &l, "--invoke", "run(selftest, 0)"], b"");
    assert!(out.status.success(), "{out:?}");
    assert!(ok_number(&out) >= 30, "the self-test's check count: {out:?}");
    let out = run(&["run", client, "--link", &l, "--invoke", "run(noop, 5)"], b"");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(ok_number(&out), 5, "{out:?}");
    assert!(out.stderr.contains("remote  dynamic stubs -> "), "{out:?}");
    let out = run(&["run", client, "--link", &l, "--invoke", "run(put, 3)"], b"");
    assert!(ok_number(&out) > 0, "revisions sum: {out:?}");
    let out = run(&["run", client, "--link", &l, "--invoke", "run(get, 4)"], b"");
    assert_eq!(ok_number(&out), 4 * 256, "each get returns the 256-byte value: {out:?}");
}

#[test]
fn run_against_serve_kv_over_tcp_passes_the_selftest() {
    let g = Guests::new();
    let server = Server::start(&["--kv", "--listen", "127.0.0.1:0"], g.dir.path());
    assert!(server.endpoint.starts_with("tcp://127.0.0.1:"), "{}", server.endpoint);
    assert_ne!(server.endpoint, "tcp://127.0.0.1:0", "the actual port is announced");
    exercise_kv(&g.path("kv_client.wasm"), &server.endpoint);
}

#[test]
fn run_against_a_served_provider_component_over_tcp() {
    let g = Guests::new();
    let provider = g.path("kv_provider.wasm");
    let server = Server::start(&[&provider, "--listen", "tcp://127.0.0.1:0"], g.dir.path());
    exercise_kv(&g.path("kv_client.wasm"), &server.endpoint);
    assert!(server.stderr().contains(&format!("serving {INTERFACE}")), "{}", server.stderr());
}

#[test]
fn link_and_listen_take_the_same_endpoint_syntax() {
    let g = Guests::new();
    let client = g.path("kv_client.wasm");
    for listen in ["127.0.0.1:0", "tcp://127.0.0.1:0"] {
        let server = Server::start(&["--kv", "--listen", listen], g.dir.path());
        // Each server is linked without the scheme and with it.
        let hostport = server.endpoint.strip_prefix("tcp://").unwrap().to_owned();
        for target in [hostport.as_str(), server.endpoint.as_str()] {
            let l = link(target);
            let out = run(&["run", &client, "--link", &l, "--invoke", "run(noop, 2)"], b"");
            assert_eq!(ok_number(&out), 2, "--link {l}: {out:?}");
        }
    }
    let out = run(&["run", &client, "--link", &link("udp://127.0.0.1:1")], b"");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stderr.contains("unknown scheme udp://"), "{out:?}");
    assert!(out.stderr.contains("HOST:PORT, unix:///PATH"), "{out:?}");
    let out = run(&["serve", "--kv", "--listen", "udp://127.0.0.1:1"], b"");
    assert_eq!(out.status.code(), Some(2), "the same parser: {out:?}");
    assert!(out.stderr.contains("unknown scheme udp://"), "{out:?}");
    let out = run(&["serve", "--kv", "--listen", "tls://127.0.0.1:0"], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("cannot listen on tls://127.0.0.1:0"), "{out:?}");
}

#[test]
fn serving_an_interface_the_component_does_not_export_lists_what_it_exports() {
    let g = Guests::new();
    let provider = g.path("kv_provider.wasm");
    let out = run(&["serve", &provider, "--listen", "127.0.0.1:0", "--export", "a:b/c"], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("does not export `a:b/c`"), "{out:?}");
    assert!(out.stderr.contains(&format!("--export can name: {INTERFACE}")), "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn local_kv_link_runs_the_selftest_in_process() {
    let g = Guests::new();
    let client = g.path("kv_client.wasm");
    let l = link("local:kv");
    let out = run(&["run", &client, "--link", &l, "--invoke", "run(selftest, 0)"], b"");
    assert!(out.status.success(), "{out:?}");
    assert!(ok_number(&out) >= 30, "{out:?}");
    assert!(out.stderr.contains("local   in-memory kv"), "{out:?}");
}

#[cfg(unix)]
#[test]
fn serve_on_a_unix_socket_and_stop_gracefully_on_sigterm() {
    let g = Guests::new();
    let sock = g.dir.path().join("kv.sock");
    let listen = format!("unix://{}", sock.display());
    let server = Server::start(&["--kv", "--listen", &listen], g.dir.path());
    assert_eq!(server.endpoint, listen);
    let client = g.path("kv_client.wasm");
    let l = link(&server.endpoint);
    let out = run(&["run", &client, "--link", &l, "--invoke", "run(noop, 2)"], b"");
    assert_eq!(ok_number(&out), 2, "{out:?}");
    let (status, stderr) = server.terminate();
    assert!(status.success(), "{status}: {stderr}");
    assert!(stderr.contains("terminated: shutting down"), "{stderr}");
    assert!(!sock.exists(), "the socket file is removed");
}

#[test]
fn a_missing_link_fails_naming_the_import() {
    let g = Guests::new();
    let out = run(&["run", &g.path("kv_client.wasm"), "--invoke", "run(noop, 1)"], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.starts_with("error: unlinked import `neorun:kv/store@0.1.0`"), "{out:?}");
    assert!(out.stderr.contains("--link neorun:kv/store@0.1.0="), "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn linking_an_interface_the_component_does_not_import_lists_its_imports() {
    let g = Guests::new();
    let out = run(&["run", &g.path("kv_client.wasm"), "--link", "a:b/c=local:kv"], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("does not import `a:b/c`"), "{out:?}");
    assert!(out.stderr.contains(INTERFACE), "{out:?}");
}

#[test]
fn run_without_invoke_explains_and_lists_the_exports() {
    let g = Guests::new();
    let l = link("local:kv");
    let out = run(&["run", &g.path("kv_client.wasm"), "--link", &l], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("does not export `wasi:cli/run`"), "{out:?}");
    assert!(out.stderr.contains("--invoke"), "{out:?}");
    assert!(
        out.stderr.contains("run: func(op: enum{noop, get, put, selftest}, n: u32)"),
        "{out:?}"
    );
}

#[test]
fn invoke_arguments_of_the_wrong_type_are_an_error() {
    let g = Guests::new();
    let l = link("local:kv");
    let out =
        run(&["run", &g.path("kv_client.wasm"), "--link", &l, "--invoke", "run(fly, 1)"], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("invalid arguments for `run(op, n)`"), "{out:?}");
}

#[test]
fn invoke_calls_a_function_of_an_exported_interface() {
    let g = Guests::new();
    let provider = g.path("kv_provider.wasm");
    let call = format!("{INTERFACE}#delete(\"absent\")");
    let out = run(&["run", "-q", &provider, "--invoke", &call], b"");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, "false\n", "{out:?}");
    assert!(out.stderr.is_empty(), "-q hides the plan: {out:?}");
}

#[test]
fn inspect_shows_the_import_and_its_fingerprint() {
    let g = Guests::new();
    let out = run(&["inspect", &g.path("kv_client.wasm")], b"");
    assert!(out.status.success(), "{out:?}");
    let engine = neorun::host::engine().unwrap();
    let component = wasmtime::component::Component::new(&engine, guests::kv_client()).unwrap();
    let ledger = neorun::ledger::Ledger::new(&engine, &component);
    let fingerprint = format!("{:#018x}", ledger.import(INTERFACE).unwrap().fingerprint());
    assert!(out.stdout.contains(&format!("import {INTERFACE} {{")), "{out:?}");
    assert!(out.stdout.contains(&format!("}} # fingerprint {fingerprint}")), "{out:?}");
    assert!(out.stdout.contains("get: func(key: string) -> option<"), "{out:?}");
}

#[test]
fn inspect_of_a_file_that_is_not_a_component_fails() {
    let g = Guests::new();
    let bad = g.file("bad.wasm", b"\0asm garbage");
    let out = run(&["inspect", &bad], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.starts_with("error: "), "{out:?}");
    assert!(out.stderr.contains("is not a valid component"), "{out:?}");
}

fn message() -> Vec<u8> {
    let mut enc = neopack::Encoder::new();
    enc.begin_record(2).unwrap();
    enc.str("key").unwrap();
    enc.u32(7).unwrap();
    enc.end_record().unwrap();
    enc.finish().unwrap().to_vec()
}

#[test]
fn dump_pretty_prints_a_neopack_message() {
    let g = Guests::new();
    let file = g.file("msg.bin", &message());
    let out = run(&["dump", &file], b"");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, "record(2) {\n  \"key\",\n  u32 7,\n}\n");
}

#[test]
fn dump_shows_a_call_frame_with_its_arguments() {
    let args = message();
    let frame = Frame::Call(Call { id: 9, iface: 0, func: 2, deadline_ms: 0, args: &args });
    let bytes = frame.to_vec().unwrap();
    let out = run(&["dump", "-"], &bytes);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        out.stdout,
        "call {\n  id: 9,\n  iface: 0,\n  func: 2,\n  deadline_ms: 0,\n  args: record(2) {\n    \
         \"key\",\n    u32 7,\n  },\n}\n"
    );
    // The same bytes as the neopack record they are.
    let out = run(&["dump", "--as", "value", "-"], &bytes);
    assert_eq!(out.stdout.trim_end(), neopack::pretty(&bytes, Limits::default()).unwrap());
}

#[test]
fn dump_reads_a_hex_stream_of_frames() {
    let mut stream = Vec::new();
    for frame in [Frame::Ping { nonce: 5 }, Frame::Goaway { reason: "bye" }] {
        let bytes = frame.to_vec().unwrap();
        stream.extend_from_slice(&u32::try_from(bytes.len()).unwrap().to_le_bytes());
        stream.extend_from_slice(&bytes);
    }
    let hex: String = stream.iter().map(|b| format!("{b:02x} ")).collect();
    let out = run(&["dump", "--stream", "--hex"], format!("# capture\n{hex}\n").as_bytes());
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.contains("# frame 0 at byte 0"), "{out:?}");
    assert!(out.stdout.contains("ping {\n  nonce: 5,\n}"), "{out:?}");
    assert!(out.stdout.contains("goaway {\n  reason: \"bye\",\n}"), "{out:?}");
}

/// The frame kinds `dump --stream` shows for `file`, each with its `# frame` line's origin.
fn dumped_frames(file: &str) -> Vec<(String, String)> {
    let out = run(&["dump", "--stream", file], b"");
    assert!(out.status.success(), "{out:?}");
    let mut frames = Vec::new();
    let mut lines = out.stdout.lines();
    while let Some(line) = lines.next() {
        let origin = line.split(", ").filter(|p| p.contains("conn") || p.contains("->"));
        let origin = origin.collect::<Vec<_>>().join(", ");
        let kind = lines.next().unwrap().trim_end_matches(" {").to_owned();
        frames.push((kind, origin));
        for l in lines.by_ref() {
            if l == "}" {
                break;
            }
        }
    }
    frames
}

#[test]
fn run_and_serve_capture_every_frame_for_dump() {
    let g = Guests::new();
    let served = g.dir.path().join("served.bin").to_str().unwrap().to_owned();
    let ran = g.dir.path().join("ran.bin").to_str().unwrap().to_owned();
    let server =
        Server::start(&["--kv", "--listen", "127.0.0.1:0", "--capture", &served], g.dir.path());
    let client = g.path("kv_client.wasm");
    let l = link(&server.endpoint);
    let args = ["run", &client, "--link", &l, "--capture", &ran, "--invoke", "run(noop, 2)"];
    let out = run(&args, b"");
    assert_eq!(ok_number(&out), 2, "{out:?}");
    let expected = |kind: &str, origin: &str| (kind.to_owned(), origin.to_owned());
    let up = "conn 0, client -> server";
    let down = "conn 0, server -> client";
    for file in [&served, &ran] {
        let frames = dumped_frames(file);
        assert_eq!(
            frames[..6],
            [
                expected("hello", up),
                expected("welcome", down),
                expected("call", up),
                expected("reply", down),
                expected("call", up),
                expected("reply", down),
            ],
            "{file}"
        );
    }
}

#[test]
fn dump_with_a_schema_names_parameters_fields_and_cases() {
    let g = Guests::new();
    let capture = g.dir.path().join("served.bin").to_str().unwrap().to_owned();
    let server =
        Server::start(&["--kv", "--listen", "127.0.0.1:0", "--capture", &capture], g.dir.path());
    let client = g.path("kv_client.wasm");
    let l = link(&server.endpoint);
    let out = run(&["run", &client, "--link", &l, "--invoke", "run(selftest, 0)"], b"");
    assert!(ok_number(&out) >= 30, "{out:?}");
    let wit = concat!(env!("CARGO_MANIFEST_DIR"), "/../neorun/wit/kv.wit");
    for schema in [client.as_str(), wit] {
        let out = run(&["dump", "--stream", "--schema", schema, &capture], b"");
        assert!(out.status.success(), "{schema}: {out:?}");
        let text = &out.stdout;
        assert!(text.contains(&format!("  function: {INTERFACE}#get,\n")), "{schema}: {text}");
        // Parameter names, record fields, variant cases, options.
        assert!(text.contains("  args: {key: \"selftest/missing\"},\n"), "{schema}: {text}");
        assert!(
            text.contains("  args: {e: {key: \"selftest/a\", value: [0, 1, 2, 255], "),
            "{text}"
        );
        assert!(text.contains("  ok: err(invalid-key(\"empty key\")),\n"), "{schema}: {text}");
        assert!(text.contains("  ok: some({key: "), "{schema}: {text}");
        assert!(!text.contains("not decoded with the schema"), "{schema}: {text}");
    }
    // Without it, the same capture shows the plain values.
    let out = run(&["dump", "--stream", &capture], b"");
    assert!(out.stdout.contains("args: record(1) {"), "{out:?}");
    assert!(!out.stdout.contains("function: "), "{out:?}");
}

#[test]
fn dump_of_a_stream_capture_without_stream_suggests_it() {
    let out = run(&["dump", "-"], &ping_stream(2));
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("not a neopack message"), "{out:?}");
    assert!(out.stderr.contains("looks like a stream capture"), "{out:?}");
    assert!(out.stderr.contains("--stream"), "{out:?}");
    // Other bad input gets no such hint.
    let out = run(&["dump", "-"], &[0xee, 1, 2, 3, 4]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(!out.stderr.contains("--stream"), "{out:?}");
}

#[test]
fn dump_of_bad_bytes_fails_with_the_offset() {
    let g = Guests::new();
    let mut bytes = message();
    bytes.truncate(bytes.len() - 2);
    let file = g.file("cut.bin", &bytes);
    let out = run(&["dump", &file], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.starts_with("error: "), "{out:?}");
    assert!(out.stderr.contains("not a neopack message"), "{out:?}");
    assert!(out.stderr.contains(" at byte "), "{out:?}");
    let out = run(&["dump", "--hex", "-"], b"01 zz");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("'z' at byte 3"), "{out:?}");
    let out = run(&["dump", &g.path("missing.bin")], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.contains("cannot read"), "{out:?}");
}

/// A stream of `n` ping frames, as `dump --stream` reads.
fn ping_stream(n: u64) -> Vec<u8> {
    let mut stream = Vec::new();
    for nonce in 0..n {
        let bytes = Frame::Ping { nonce }.to_vec().unwrap();
        stream.extend_from_slice(&u32::try_from(bytes.len()).unwrap().to_le_bytes());
        stream.extend_from_slice(&bytes);
    }
    stream
}

#[test]
fn a_stdout_closed_early_ends_every_command_quietly() {
    let g = Guests::new();
    // Far more output than a pipe buffers: the writes after the reader left fail.
    let out = run_closing_stdout(&["dump", "--stream", "-"], &ping_stream(50_000), 64);
    assert!(out.stdout.starts_with("# frame 0 at byte 0"), "{out:?}");
    assert!(out.status.success(), "{out:?}");
    assert!(out.stderr.is_empty(), "{out:?}");
    // Output that fits in the pipe, after the reader left without reading any.
    let client = g.path("kv_client.wasm");
    let provider = g.path("kv_provider.wasm");
    let call = format!("{INTERFACE}#delete(\"absent\")");
    for args in [
        &["inspect", client.as_str()][..],
        &["run", "-q", &provider, "--invoke", &call][..],
        &["dump", "-"][..],
    ] {
        let out = run_closing_stdout(args, &message(), 0);
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert!(!out.stderr.contains("panicked"), "{args:?}: {out:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {out:?}");
    }
    let server = run_closing_stdout(&["serve", "--kv", "--listen", "127.0.0.1:0"], b"", 0);
    assert!(server.status.success(), "{server:?}");
    assert!(!server.stderr.contains("panicked"), "{server:?}");
}

#[test]
fn every_subcommand_help_shows_an_example() {
    for sub in ["run", "serve", "inspect", "dump"] {
        let out = run(&[sub, "--help"], b"");
        assert!(out.status.success(), "{out:?}");
        assert!(out.stdout.contains("Examples:"), "{sub}: {out:?}");
        assert!(out.stdout.contains(&format!("neorun {sub} ")), "{sub}: {out:?}");
    }
}

#[test]
fn usage_errors_exit_with_status_2() {
    assert_eq!(run(&["run"], b"").status.code(), Some(2));
    assert_eq!(run(&["serve", "--kv"], b"").status.code(), Some(2), "--listen is required");
    let out = run(&["serve", "--kv", "--listen", "nowhere"], b"");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stderr.contains("no port"), "{out:?}");
}

/// The resident memory of process `pid`, in bytes (Linux).
#[cfg(target_os = "linux")]
fn rss(pid: u32) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).expect("VmRSS");
    let kib: usize = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib << 10
}

/// Writes one length-prefixed frame.
fn send_frame(s: &mut std::net::TcpStream, frame: &Frame<'_>) {
    let bytes = frame.to_vec().unwrap();
    s.write_all(&u32::try_from(bytes.len()).unwrap().to_le_bytes()).unwrap();
    s.write_all(&bytes).unwrap();
}

/// Reads one length-prefixed frame.
fn read_frame(s: &mut std::net::TcpStream) -> Vec<u8> {
    let mut head = [0u8; 4];
    s.read_exact(&mut head).unwrap();
    let mut body = vec![0; u32::from_le_bytes(head) as usize];
    s.read_exact(&mut body).unwrap();
    body
}

/// `neorun serve --kv` under a flood of `get` calls for a 1 MiB value that the client does
/// not read: the server stops reading the connection at its reply budget, so its memory
/// grows by about the budget, not by the replies asked for; every reply arrives once the
/// client reads.
#[cfg(target_os = "linux")]
#[test]
fn serve_kv_under_an_unread_get_flood_stays_within_its_reply_budget() {
    use neorun::kv::remote::store;
    use neorun::rpc::frame::{self, Hello, HelloInterface, Outcome, WelcomeEntry};

    const BUDGET_MIB: usize = 8;
    /// Allocator slack, the transport's write buffer and the value's copies: stated, fixed.
    const MARGIN_MIB: usize = 48;
    const CALLS: u64 = 600;
    let g = Guests::new();
    let budget = BUDGET_MIB.to_string();
    let server = Server::start(
        &["--kv", "--listen", "127.0.0.1:0", "--reply-budget-mib", &budget, "--stats-ms", "50"],
        g.dir.path(),
    );
    let addr = server.endpoint.trim_start_matches("tcp://").to_owned();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(LIMIT)).unwrap();
    s.set_nodelay(true).unwrap();
    let iface = store::schema();
    let hello = Hello {
        version: frame::VERSION,
        max_frame: 16 << 20,
        interfaces: vec![HelloInterface::of(iface)],
    };
    send_frame(&mut s, &Frame::Hello(hello));
    let welcome = read_frame(&mut s);
    let funcs = match Frame::decode(&welcome, Limits::default()).unwrap() {
        Frame::Welcome(w) => match &w.interfaces[0] {
            WelcomeEntry::Accepted { funcs, .. } => funcs.clone(),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    let index = |name: &str| funcs[iface.functions.iter().position(|f| f.name == name).unwrap()];
    let (get, put) = (index("get"), index("put"));

    // One 1 MiB value.
    let entry =
        store::Entry { key: "big".into(), value: vec![1; 1 << 20], tags: vec![], version: 1 };
    let mut enc = neopack::Encoder::new();
    enc.begin_record(1).unwrap();
    neopack::codec::Encode::encode(&entry, &mut enc).unwrap();
    enc.end_record().unwrap();
    let args = enc.finish().unwrap().to_vec();
    send_frame(
        &mut s,
        &Frame::Call(Call { id: 1, iface: 0, func: put, deadline_ms: 0, args: &args }),
    );
    read_frame(&mut s);
    std::thread::sleep(Duration::from_millis(200));
    let before = rss(server.child.0.id());

    // 600 gets (600 MiB of replies; about 18 KB of calls), none read.
    let mut enc = neopack::Encoder::new();
    enc.begin_record(1).unwrap();
    enc.str("big").unwrap();
    enc.end_record().unwrap();
    let get_args = enc.finish().unwrap().to_vec();
    for id in 2..2 + CALLS {
        let call = Call { id, iface: 0, func: get, deadline_ms: 0, args: &get_args };
        send_frame(&mut s, &Frame::Call(call));
    }
    std::thread::sleep(Duration::from_millis(1000));
    let after = rss(server.child.0.id());
    let grown = after.saturating_sub(before);
    eprintln!("server RSS {} MiB before the flood, {} MiB after", before >> 20, after >> 20);
    assert!(
        grown < (BUDGET_MIB + MARGIN_MIB) << 20,
        "the server grew by {} MiB under the flood (budget {BUDGET_MIB} MiB + margin \
         {MARGIN_MIB} MiB)",
        grown >> 20
    );
    let stats = server.stderr();
    let queued = stats
        .lines()
        .filter_map(|l| l.split("queued_reply_bytes=").nth(1))
        .filter_map(|v| v.split_whitespace().next()?.parse::<usize>().ok())
        .max()
        .expect("stats lines on stderr");
    assert!(queued <= (BUDGET_MIB + 2) << 20, "queued {queued} bytes");

    // Reading at last: every reply, once, with the whole value.
    let mut seen = std::collections::BTreeSet::new();
    while seen.len() < CALLS as usize {
        let bytes = read_frame(&mut s);
        match Frame::decode(&bytes, Limits::default()).unwrap() {
            Frame::Reply(r) => {
                let Outcome::Ok(v) = r.outcome else { panic!("call {} failed", r.id) };
                assert!(v.len() > 1 << 20, "call {}: a short reply", r.id);
                assert!(seen.insert(r.id), "reply {} twice", r.id);
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(seen.into_iter().collect::<Vec<_>>(), (2..2 + CALLS).collect::<Vec<_>>());
}
