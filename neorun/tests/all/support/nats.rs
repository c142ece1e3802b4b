//! A `nats-server` of the test's own on a free loopback port, killed when dropped.

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `nats-server`; dropping it kills the process.
pub(crate) struct NatsServer {
    child: Child,
    /// `nats://127.0.0.1:<port>`.
    pub(crate) url: String,
}

impl NatsServer {
    /// Starts `nats-server -a 127.0.0.1 -p <free port>` and waits (at most 10 s) until it
    /// accepts connections. Panics with the fix when the binary is missing: CI installs it
    /// (`.ci/nats.sh`), so a missing server is a failure, not a reason to skip.
    pub(crate) fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("nats-server")
            .args(["-a", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start `nats-server` ({e}): the NATS transport tests need it on PATH; \
                     install it with `.ci/nats.sh` (apt-get install nats-server)"
                )
            });
        let server = Self { child, url: format!("nats://127.0.0.1:{port}") };
        let until = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < until,
                "nats-server did not listen on port {port} within 10 s"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        server
    }

    /// A new client of this server.
    pub(crate) async fn client(&self) -> async_nats::Client {
        let connect = async_nats::connect(&self.url);
        tokio::time::timeout(Duration::from_secs(10), connect)
            .await
            .expect("nats connect timed out")
            .expect("nats connect")
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
