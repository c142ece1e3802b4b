//! Command-line forms of endpoints, one syntax for `--link IFACE=TARGET` and `--listen ADDR`:
//!
//! - `tcp://HOST:PORT`, or just `HOST:PORT` (`[::1]:4000` for IPv6; `--listen` port 0 picks one)
//! - `unix:///PATH`
//! - `tls://HOST:PORT`, `quic://HOST:PORT`
//! - and, after `--link IFACE=` only, `local:kv`: the in-memory store of this process

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// The forms an endpoint may take, for error messages.
const FORMS: &str = "tcp://HOST:PORT, HOST:PORT, unix:///PATH, tls://HOST:PORT or quic://HOST:PORT";

/// Where a peer is or where to listen, as written on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Endpoint {
    /// `tcp://HOST:PORT` or `HOST:PORT`; holds `HOST:PORT`.
    Tcp(String),
    /// `unix:///PATH`.
    Unix(PathBuf),
    /// `tls://HOST:PORT`; holds `HOST:PORT`.
    Tls(String),
    /// `quic://HOST:PORT`; holds `HOST:PORT`.
    Quic(String),
}

impl FromStr for Endpoint {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let Some((scheme, rest)) = s.split_once("://") else {
            return host_port(s, s).map(Self::Tcp);
        };
        match scheme {
            "tcp" => host_port(s, rest).map(Self::Tcp),
            "tls" => host_port(s, rest).map(Self::Tls),
            "quic" => host_port(s, rest).map(Self::Quic),
            "unix" if rest.is_empty() => {
                Err("unix:// needs a path, e.g. unix:///tmp/neorun.sock".to_owned())
            }
            "unix" => Ok(Self::Unix(PathBuf::from(rest))),
            _ => Err(format!("unknown scheme {scheme}:// in {s:?}: write {FORMS}")),
        }
    }
}

/// Checks `HOST:PORT` (`s` is the whole endpoint, for messages) and returns it.
fn host_port(s: &str, hostport: &str) -> Result<String, String> {
    let (host, port) =
        hostport.rsplit_once(':').ok_or_else(|| format!("{s:?} has no port: write {FORMS}"))?;
    if host.is_empty() || host == "[]" {
        return Err(format!("{s:?} has no host"));
    }
    port.parse::<u16>().map_err(|_| format!("bad port {port:?} in {s:?}"))?;
    Ok(hostport.to_owned())
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Tcp(a) => write!(f, "tcp://{a}"),
            Self::Unix(p) => write!(f, "unix://{}", p.display()),
            Self::Tls(a) => write!(f, "tls://{a}"),
            Self::Quic(a) => write!(f, "quic://{a}"),
        }
    }
}

/// Where an import is served from, as written after `IFACE=` in `--link`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The in-memory key-value store of this process (`local:kv`).
    LocalKv,
    /// A remote peer.
    Remote(Endpoint),
}

/// One `--link IFACE=TARGET`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LinkSpec {
    /// The imported interface (`neorun:kv/store@0.1.0`).
    pub(crate) interface: String,
    /// Who serves it.
    pub(crate) target: Target,
}

impl FromStr for LinkSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Interface names contain no `=`; the target may (a socket path, say), so split once.
        let (interface, target) = s.split_once('=').ok_or_else(|| {
            format!("expected IFACE=TARGET, e.g. neorun:kv/store@0.1.0=127.0.0.1:4000, got {s:?}")
        })?;
        if interface.is_empty() {
            return Err(format!("no interface name before `=` in {s:?}"));
        }
        let target = match target {
            "local:kv" => Target::LocalKv,
            t if t.starts_with("local:") => {
                return Err(format!("unknown local provider {t:?} (known: local:kv)"));
            }
            t => Target::Remote(t.parse()?),
        };
        Ok(Self { interface: interface.to_owned(), target })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_specs_split_at_the_first_equals_sign() {
        let l: LinkSpec = "neorun:kv/store@0.1.0=tcp://127.0.0.1:4000".parse().unwrap();
        assert_eq!(l.interface, "neorun:kv/store@0.1.0");
        assert_eq!(l.target, Target::Remote(Endpoint::Tcp("127.0.0.1:4000".into())));
        let l: LinkSpec = "a:b/c=unix:///tmp/x=y.sock".parse().unwrap();
        assert_eq!(l.target, Target::Remote(Endpoint::Unix("/tmp/x=y.sock".into())));
        let l: LinkSpec = "neorun:kv/store@0.1.0=local:kv".parse().unwrap();
        assert_eq!(l.target, Target::LocalKv);
    }

    #[test]
    fn link_and_listen_take_the_same_endpoints() {
        for (text, shown) in [
            ("tcp://127.0.0.1:0", "tcp://127.0.0.1:0"),
            ("127.0.0.1:4000", "tcp://127.0.0.1:4000"),
            ("localhost:4000", "tcp://localhost:4000"),
            ("[::1]:1", "tcp://[::1]:1"),
            ("unix:///tmp/n.sock", "unix:///tmp/n.sock"),
            ("tls://example.com:443", "tls://example.com:443"),
            ("quic://10.0.0.2:4433", "quic://10.0.0.2:4433"),
        ] {
            let e: Endpoint = text.parse().unwrap();
            assert_eq!(e.to_string(), shown);
            let l: LinkSpec = format!("a:b/c={text}").parse().unwrap();
            assert_eq!(l.target, Target::Remote(e));
        }
    }

    #[test]
    fn malformed_link_specs_say_what_is_wrong() {
        assert!(LinkSpec::from_str("neorun:kv/store").unwrap_err().contains("IFACE=TARGET"));
        assert!(LinkSpec::from_str("=tcp://h:1").unwrap_err().contains("no interface"));
        assert!(LinkSpec::from_str("a:b/c=127.0.0.1").unwrap_err().contains("no port"));
        assert!(LinkSpec::from_str("a:b/c=local:sql").unwrap_err().contains("local:kv"));
    }

    #[test]
    fn bad_endpoints_are_refused() {
        assert!(Endpoint::from_str("127.0.0.1").unwrap_err().contains("no port"));
        assert!(Endpoint::from_str("127.0.0.1:http").unwrap_err().contains("bad port"));
        assert!(Endpoint::from_str(":80").unwrap_err().contains("no host"));
        assert!(Endpoint::from_str("tls://:80").unwrap_err().contains("no host"));
        assert!(Endpoint::from_str("udp://h:1").unwrap_err().contains("unknown scheme udp://"));
        assert!(Endpoint::from_str("unix://").unwrap_err().contains("needs a path"));
    }
}
