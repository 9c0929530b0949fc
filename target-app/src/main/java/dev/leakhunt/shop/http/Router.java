package dev.leakhunt.shop.http;

import io.netty.handler.codec.http.HttpMethod;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the route for a method and path; tells an unknown path (404) from a wrong method (405). */
final class Router {
  private final List<Route> routes;

  Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  List<Route> routes() {
    return routes;
  }

  RouteMatch match(HttpMethod method, String path) {
    List<String> segments = Route.segments(path);
    Set<HttpMethod> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> params = route.bind(segments);
      if (params.isEmpty()) {
        continue;
      }
      if (route.method().equals(method)) {
        return new RouteMatch(route, params.get(), Set.of());
      }
      allowed.add(route.method());
    }
    return new RouteMatch(null, Map.of(), allowed);
  }
}
