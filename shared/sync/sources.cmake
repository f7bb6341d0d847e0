# Sync with the hub (docs/sync.md): TLS WebSocket between separate processes.
target_sources(oppmote_core PRIVATE
  sync/sync_messages.h sync/sync_messages.cpp
  sync/walk_in_messages.h sync/walk_in_messages.cpp
  sync/device_secret.h sync/device_secret.cpp
  sync/hub_certificate.h sync/hub_certificate.cpp
  sync/tls_listener.h sync/tls_listener.cpp
  sync/hub_server.h sync/hub_server.cpp
  sync/sync_client.h sync/sync_client.cpp)
target_link_libraries(oppmote_core PUBLIC Qt6::WebSockets)
