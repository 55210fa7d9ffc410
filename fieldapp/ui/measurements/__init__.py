"""Recording distance measurements for a request, with the cable it needs."""
