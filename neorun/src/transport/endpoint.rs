//! Endpoint strings: `tcp://host:port`, `unix:///path`, `tls://host:port`, `quic://host:port`.

use super::{Connector, DEFAULT_MAX_FRAME, TransportError, tcp};

/// What [`connector_with`] needs beyond the endpoint string.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ConnectOptions {
    /// The largest frame sent or accepted.
    pub max_frame: usize,
    /// The client TLS configuration, required by `tls://` and `quic://`.
    #[cfg(any(feature = "tls", feature = "quic"))]
    pub tls: Option<rustls::ClientConfig>,
    /// The name the server's certificate must carry; by default the endpoint's host.
    pub server_name: Option<String>,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self {
            max_frame: DEFAULT_MAX_FRAME,
            #[cfg(any(feature = "tls", feature = "quic"))]
            tls: None,
            server_name: None,
        }
    }
}

fn invalid(endpoint: &str, reason: impl Into<String>) -> TransportError {
    TransportError::InvalidEndpoint { endpoint: endpoint.to_owned(), reason: reason.into() }
}

/// The host of `host:port` or `[v6]:port`, without brackets.
fn host(endpoint: &str, addr: &str) -> Result<String, TransportError> {
    let (host, port) = addr.rsplit_once(':').ok_or_else(|| invalid(endpoint, "no port"))?;
    port.parse::<u16>().map_err(|_| invalid(endpoint, format!("bad port {port:?}")))?;
    let host = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    if host.is_empty() {
        return Err(invalid(endpoint, "no host"));
    }
    Ok(host.to_owned())
}

/// A connector for `endpoint` with default options (enough for `tcp://` and `unix://`).
///
/// # Errors
/// See [`connector_with`].
pub fn connector(endpoint: &str) -> Result<Box<dyn Connector>, TransportError> {
    connector_with(endpoint, ConnectOptions::default())
}

/// A connector for `endpoint`. `quic://` must be called inside a tokio runtime and resolves
/// its host name here, once.
///
/// # Errors
/// [`TransportError::InvalidEndpoint`] for an unknown scheme, a malformed address, a scheme
/// whose feature is off, or `tls://`/`quic://` without [`ConnectOptions::tls`].
pub fn connector_with(
    endpoint: &str,
    options: ConnectOptions,
) -> Result<Box<dyn Connector>, TransportError> {
    let (scheme, rest) =
        endpoint.split_once("://").ok_or_else(|| invalid(endpoint, "no scheme (tcp://...)"))?;
    match scheme {
        "tcp" => {
            host(endpoint, rest)?;
            Ok(Box::new(tcp::TcpConnector::new(rest).max_frame(options.max_frame)))
        }
        #[cfg(unix)]
        "unix" if !rest.is_empty() => {
            Ok(Box::new(super::unix::UnixConnector::new(rest).max_frame(options.max_frame)))
        }
        #[cfg(feature = "tls")]
        "tls" => {
            let name = options.server_name.map_or_else(|| host(endpoint, rest), Ok)?;
            let config = options.tls.ok_or_else(|| invalid(endpoint, "needs a tls config"))?;
            let connector = super::tls::TlsConnector::new(rest, &name, config.into())?;
            Ok(Box::new(connector.max_frame(options.max_frame)))
        }
        #[cfg(feature = "quic")]
        "quic" => {
            let name = options.server_name.map_or_else(|| host(endpoint, rest), Ok)?;
            let config = options.tls.ok_or_else(|| invalid(endpoint, "needs a tls config"))?;
            let addr = std::net::ToSocketAddrs::to_socket_addrs(rest)
                .map_err(|e| invalid(endpoint, e.to_string()))?
                .next()
                .ok_or_else(|| invalid(endpoint, "the host has no address"))?;
            let connector = super::quic::QuicConnector::new(addr, &name, config)?;
            Ok(Box::new(connector.max_frame(options.max_frame)))
        }
        _ => Err(invalid(endpoint, format!("unknown or disabled scheme {scheme:?}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(endpoint: &str) -> String {
        match connector(endpoint).map(|c| c.endpoint()) {
            Err(TransportError::InvalidEndpoint { reason, .. }) => reason,
            other => panic!("{endpoint}: {other:?}"),
        }
    }

    #[test]
    fn tcp_and_unix_endpoints_round_trip() {
        for e in ["tcp://127.0.0.1:4000", "tcp://[::1]:4000", "tcp://localhost:1"] {
            assert_eq!(connector(e).unwrap().endpoint(), e);
        }
        #[cfg(unix)]
        assert_eq!(connector("unix:///tmp/x.sock").unwrap().endpoint(), "unix:///tmp/x.sock");
    }

    #[test]
    fn malformed_endpoints_are_refused_with_a_reason() {
        assert!(reason("127.0.0.1:4000").contains("no scheme"));
        assert!(reason("tcp://127.0.0.1").contains("no port"));
        assert!(reason("tcp://127.0.0.1:http").contains("bad port"));
        assert!(reason("tcp://:4000").contains("no host"));
        assert!(reason("udp://127.0.0.1:4000").contains("unknown or disabled scheme"));
        assert!(reason("unix://").contains("unknown or disabled scheme"));
    }

    #[cfg(feature = "tls")]
    #[test]
    fn tls_without_a_config_is_refused() {
        assert!(reason("tls://localhost:4000").contains("needs a tls config"));
    }
}
